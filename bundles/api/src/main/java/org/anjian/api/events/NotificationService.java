package org.anjian.api.events;

import org.osgi.annotation.versioning.ProviderType;

import java.util.function.Consumer;
import org.anjian.api.security.AnjianPrincipal;

/**
 * Notifications through the platform's broker: published by the platform and by domains, delivered to each
 * subscriber that may see the record (the caller's jurisdiction and, for a sub-committee officer, domain).
 */
@ProviderType
public interface NotificationService {
    /** Publishes a notification to every subscriber who may see it (after the caller's transaction committed). */
    void publish(Notification notification);

    /**
     * Delivers the notifications the caller may see to {@code sink} until the subscription is closed, starting with
     * those this node still remembers after {@code afterId} (a reconnecting client's last event id; null: none).
     */
    Subscription subscribe(AnjianPrincipal caller, Long afterId, Consumer<Numbered> sink);

    /** The latest notifications this node remembers that the caller may see, newest first. */
    java.util.List<Numbered> recent(AnjianPrincipal caller, int limit);

    /** A notification with its number on this node (increasing; the event id of the stream). */
    record Numbered(long id, Notification notification) {
    }

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
