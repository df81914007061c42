package org.anjian.exchange.spi;

import java.util.Map;
import org.anjian.api.exchange.record.CanonicalRecord;

/**
 * An outbox record ready for a peer. For the platform's own records ({@code enterprise}, {@code hazard}) the fields
 * are the outbox payload. For a module's records, {@link #canonical()} is the record in the suite's canonical
 * vocabulary, which the peer translates into its contract (the fields are then empty); a module still on the first
 * SPI gives fields in the peer's vocabulary instead, and no canonical record.
 */
public record ExchangeRecord(OutboxRecord source, Map<String, Object> fields, CanonicalRecord canonical) {
    public ExchangeRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // values may be null
    }

    /** A record given as fields (the platform's own, or a module's in the peer's vocabulary). */
    public ExchangeRecord(OutboxRecord source, Map<String, Object> fields) {
        this(source, fields, null);
    }

    /** A module's record in the canonical vocabulary. */
    public static ExchangeRecord canonical(OutboxRecord source, CanonicalRecord record) {
        return new ExchangeRecord(source, Map.of(), java.util.Objects.requireNonNull(record, "record"));
    }

    public String idempotencyKey() {
        return source.idempotencyKey();
    }
}
