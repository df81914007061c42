package org.anjian.web;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian HTTP edge")
public @interface EdgeConfig {
    @AttributeDefinition(description = "The path of the CXF servlet the API is served by (org.apache.cxf.servlet.context)")
    String servletPath() default "/api";

    @AttributeDefinition(description = "The address of the platform API below that servlet")
    String apiAddress() default "/v1";

    @AttributeDefinition(description = "Seconds a client is told to wait (Retry-After) while the API is not published")
    int retryAfterSeconds() default 5;
}
