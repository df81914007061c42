package org.anjian.exchange.spi;

import java.time.Instant;

/**
 * A record received from a peer, kept with its raw payload, keyed by (source system, source id).
 *
 * @param hazardId      the hazard it became, once registered
 * @param receiveCount  how often the peer sent it (at-least-once delivery upstream)
 */
public record InboundRecord(
        String sourceSystem,
        String sourceId,
        String recordType,
        String rawPayload,
        Long hazardId,
        int receiveCount,
        Instant firstReceivedAt,
        Instant lastReceivedAt) {
}
