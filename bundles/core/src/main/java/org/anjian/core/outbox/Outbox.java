package org.anjian.core.outbox;

import java.time.Clock;
import javax.persistence.EntityManager;
import org.anjian.core.json.Json;

/**
 * Writes the record peers must learn about into the outbox, in the same transaction as the change.
 * The idempotency key is record type + id + version.
 */
public final class Outbox {
    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    public void append(EntityManager em, String recordType, String recordId, long version, String eventType,
                       String regionCode, Object payload) {
        em.persist(new OutboxEntity(clock.instant(), recordType, recordId, version, eventType, regionCode,
                Json.write(payload)));
    }
}
