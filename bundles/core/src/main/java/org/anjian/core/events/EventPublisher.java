package org.anjian.core.events;

/** Publishes platform events after commit (best effort; the outbox is the durable record). */
public interface EventPublisher {
    void publish(String topic, String eventType, String json);
}
