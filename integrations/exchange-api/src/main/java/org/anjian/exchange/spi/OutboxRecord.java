package org.anjian.exchange.spi;

import java.time.Instant;

/** One outbox row: what changed, in the same transaction as the change. */
public record OutboxRecord(
        long id,
        Instant createdAt,
        String recordType,
        String recordId,
        long version,
        String eventType,
        String idempotencyKey,
        String regionCode,
        String payload) {

    /** The module that wrote the record ({@code chemical} for {@code chemical.park}), or null for the platform. */
    public String moduleId() {
        int dot = recordType.indexOf('.');
        return dot < 0 ? null : recordType.substring(0, dot);
    }

    /** The record type without the module prefix. */
    public String localType() {
        int dot = recordType.indexOf('.');
        return dot < 0 ? recordType : recordType.substring(dot + 1);
    }
}
