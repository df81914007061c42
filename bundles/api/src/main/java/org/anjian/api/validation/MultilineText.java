package org.anjian.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that may contain line breaks and tabs (a description, measures, evidence). Every other text field
 * of a request is a single line: the REST layer refuses NUL and every other C0 control character in text, and
 * allows tab, line feed and carriage return only in fields marked with this annotation. Characters that XML 1.0
 * cannot carry (the exchange sends records to peers as XML) are refused everywhere.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface MultilineText {
}
