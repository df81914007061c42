package org.anjian.rest.server;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian REST API")
public @interface RestConfig {
    @AttributeDefinition(description = "Address of the API below the CXF servlet context (/api)")
    String address() default "/v1";

    @AttributeDefinition(description = "Largest accepted request body, in bytes")
    long maxBodyBytes() default 1048576;

    @AttributeDefinition(description = "Largest accepted body of an upload (a method marked @Upload), in bytes")
    long maxUploadBytes() default 26214400;

    @AttributeDefinition(description = "Health components that must be present and up for status UP")
    String[] requiredHealth() default {"persistence", "broker"};

    @AttributeDefinition(description = "Seconds an event stream (GET /events) stays open before the client reconnects")
    int eventStreamSeconds() default 300;

    @AttributeDefinition(description = "Event streams open at once on this node; more are answered 503")
    int maxEventStreams() default 200;
}
