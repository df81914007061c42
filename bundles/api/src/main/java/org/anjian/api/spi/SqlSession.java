package org.anjian.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.sql.Connection;

/** The connection of a unit of work, and the platform records that must commit with it. */
@ProviderType
public interface SqlSession {

    Connection connection();

    /**
     * Records what peers must learn (the exchange reads it) in this transaction. The idempotency key is
     * {@code <moduleId>.<recordType>:<recordId>:<version>}.
     */
    void outbox(String recordType, String recordId, long version, String eventType, String regionCode,
                Object payload);

    /** Records who changed what in this transaction (before/after are digested, not stored). */
    void audit(String actor, String action, String targetType, String targetId, Object before, Object after);
}
