package org.anjian.rest.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian HTTP basic login (demo)",
        description = "HTTP basic authentication against a Karaf JAAS realm. For the demo profile only.")
public @interface BasicAuthConfig {
    @AttributeDefinition(description = "Accept HTTP basic credentials")
    boolean enabled() default false;

    @AttributeDefinition(description = "The JAAS realm to log in to")
    String realm() default "karaf";
}
