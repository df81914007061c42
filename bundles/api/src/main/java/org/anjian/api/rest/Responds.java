package org.anjian.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A status a resource method answers besides the ones the platform documents for every operation (200 or
 * {@link Created 201}; 400 for bad input, 401/403, 404 for a path with parameters, 413/415 for a body), with
 * the platform's error body: typically 409 (a duplicate, a stale version, an illegal transition) or 503 (a
 * part that is not installed). The OpenAPI document lists it; the contract test fails on any status an
 * operation does not document.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Responds.List.class)
public @interface Responds {
    int status();

    /** When it is answered, for the document. */
    String when();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Responds[] value();
    }
}
