package org.anjian.exchange.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Optional;

/** What an inbound poll may do: keep cursors and upsert records, keyed by (this peer, source id). */
@ProviderType
public interface InboundContext {

    String peer();

    Optional<String> cursor(String name);

    /** Stores a cursor; call it only after the records it covers are committed. */
    void saveCursor(String name, String value);

    /** Inserts or updates (raw payload, receive count) the record; the first insert wins the hazard link. */
    InboundRecord upsert(String recordType, String sourceId, String rawPayload);

    /** Links the record to the hazard it became. */
    void linkHazard(String sourceId, long hazardId);

    Optional<InboundRecord> find(String sourceId);

    /**
     * Notes that a received record could not be applied (kept raw, not linked); the run's ledger entry counts
     * it as dead and names it. It is tried again when the peer sends it again.
     */
    void reject(String sourceId, String reason);
}
