package org.anjian.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian messaging",
        description = "Connection to the Artemis broker (embedded by default, an external cluster in production)")
public @interface MessagingConfig {
    @AttributeDefinition(description = "Artemis core URL, e.g. tcp://127.0.0.1:61616 or (tcp://a:61616,tcp://b:61616)")
    String brokerUrl() default "tcp://127.0.0.1:61616";

    @AttributeDefinition(description = "Broker user")
    String user() default "anjian";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Broker password")
    String password() default "";
}
