package org.anjian.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that creates a record: it returns the record, and the REST layer answers
 * {@code 201 Created} with a {@code Location} header (the request's URI followed by the record's
 * {@link #idProperty()}), and documents both in the OpenAPI document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Created {
    /** The record component (or getter) whose value names the new record in its URI. */
    String idProperty() default "id";
}
