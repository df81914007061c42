package org.anjian.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that receives files: its body may be as large as the platform's upload limit
 * ({@code maxUploadBytes} of {@code etc/org.anjian.rest.cfg}) instead of the limit of every other request
 * ({@code maxBodyBytes}). The service behind it applies its own, smaller limit and says which field is too large.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {
}
