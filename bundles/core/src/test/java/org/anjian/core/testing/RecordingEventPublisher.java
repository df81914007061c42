package org.anjian.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.anjian.core.events.EventPublisher;

/**
 * Records published events. An optional probe runs at publication time (e.g. a JDBC query on another
 * connection) and its answer is kept with the event, to show what was committed when it was published.
 */
public final class RecordingEventPublisher implements EventPublisher {

    public record Published(String topic, String eventType, String json, boolean probe) {
    }

    private final List<Published> published = new ArrayList<>();
    private volatile Predicate<String> probe = json -> true;

    public synchronized void probe(Predicate<String> probe) {
        this.probe = probe;
    }

    @Override
    public synchronized void publish(String topic, String eventType, String json) {
        published.add(new Published(topic, eventType, json, probe.test(json)));
    }

    public synchronized List<Published> published() {
        return List.copyOf(published);
    }

    public synchronized void clear() {
        published.clear();
    }
}
