package org.anjian.exchange.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian exchange",
        description = "The machinery shared by every peer: backlog, dead letters, schedules (etc/org.anjian.exchange.cfg)")
public @interface ExchangeConfig {
    @AttributeDefinition(description = "Outbox rows younger than this (seconds) keep the backlog's low-water mark"
            + " behind them: a transaction still open may hold a lower id")
    long commitLagSeconds() default 300;

    @AttributeDefinition(description = "Retention of the outbox and the deliveries: rows every peer has settled are"
            + " deleted once older than this many days (0: as soon as settled); dead-lettered rows and the audit log stay")
    int retentionDays() default 180;

    @AttributeDefinition(description = "Whether the retention job runs (false: the outbox and the deliveries grow)")
    boolean retentionEnabled() default true;

    @AttributeDefinition(description = "Outbox rows deleted per transaction by the retention job")
    int retentionBatch() default 5000;

    @AttributeDefinition(description = "Minutes between two passes of the retention job")
    int retentionIntervalMinutes() default 360;

    @AttributeDefinition(description = "Artemis queue for dead letters")
    String deadLetterQueue() default "anjian.exchange.dlq";

    @AttributeDefinition(description = "Artemis core URL (same as etc/org.anjian.messaging.cfg)")
    String brokerUrl() default "tcp://127.0.0.1:61616";

    @AttributeDefinition(description = "Broker user (same as etc/org.anjian.messaging.cfg)")
    String user() default "anjian";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Broker password (same as etc/org.anjian.messaging.cfg)")
    String password() default "";
}
