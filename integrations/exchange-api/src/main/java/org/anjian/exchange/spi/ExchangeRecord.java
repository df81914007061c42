package org.anjian.exchange.spi;

import java.util.Map;

/**
 * An outbox record ready for a peer. For the platform's own records ({@code enterprise}, {@code hazard})
 * the fields are the outbox payload; for a module's records they are what the module's
 * {@code ExchangeRecordContributor} returned for this peer, in the peer's vocabulary.
 */
public record ExchangeRecord(OutboxRecord source, Map<String, Object> fields) {
    public ExchangeRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // values may be null
    }

    public String idempotencyKey() {
        return source.idempotencyKey();
    }
}
