package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.Map;
import java.util.Set;

/**
 * Maps a domain's outbox records (those it wrote through {@link SqlSession#outbox}) to the fields a
 * peer (the provincial platform, insurers, grid platforms) receives. The exchange asks the contributor
 * of each record's module; records no contributor maps are not sent.
 */
@ConsumerType
public interface ExchangeRecordContributor extends ModuleContribution {

    /** The record types (without the module prefix) this contributor maps. */
    Set<String> recordTypes();

    /**
     * @param peer       the receiving peer ("province", "insurer", "grid")
     * @param recordType a record type of {@link #recordTypes()}
     * @param payload    the outbox payload, parsed from its JSON
     * @return the fields to send, or an empty map when this peer does not receive such records
     */
    Map<String, Object> toExchangeRecord(String peer, String recordType, Map<String, Object> payload);
}
