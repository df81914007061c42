package org.anjian.api.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.exchange.record.CanonicalRecord;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Maps a domain's outbox records (those it wrote through {@link SqlSession#outbox}) to what peers (the provincial
 * platform, insurers, grid platforms) receive: once, into the suite's canonical records ({@link #toCanonical}),
 * which every peer translates into its own contract. The exchange asks the contributor of each record's module;
 * records no contributor maps are not sent.
 */
@ConsumerType
public interface ExchangeRecordContributor extends ModuleContribution {

    /** The record types (without the module prefix) this contributor maps. */
    Set<String> recordTypes();

    /**
     * @param recordType a record type of {@link #recordTypes()}
     * @param payload    the outbox payload, parsed from its JSON
     * @return the record in the canonical vocabulary, for every peer; empty when the record is not exchanged
     */
    default Optional<CanonicalRecord> toCanonical(String recordType, Map<String, Object> payload) {
        return Optional.empty();
    }

    /**
     * The first SPI's per-peer mapping, in that peer's vocabulary; asked only when {@link #toCanonical} is empty.
     *
     * @param peer       the receiving peer ("province", "insurer", "grid")
     * @param recordType a record type of {@link #recordTypes()}
     * @param payload    the outbox payload, parsed from its JSON
     * @return the fields to send, or an empty map when this peer does not receive such records
     * @deprecated map to a {@link CanonicalRecord} in {@link #toCanonical}: one mapping for every peer
     */
    @Deprecated
    default Map<String, Object> toExchangeRecord(String peer, String recordType, Map<String, Object> payload) {
        return Map.of();
    }
}
