package org.anjian.api.exchange;

import java.time.Instant;

/**
 * A record a peer rejected as invalid: it no longer blocks the others and waits for an operator.
 *
 * @param status {@code OPEN} or {@code REPLAYED} (queued again for the next run)
 */
public record DeadLetter(
        long id,
        String peer,
        long outboxId,
        String idempotencyKey,
        String recordType,
        String recordId,
        String regionCode,
        String reason,
        String field,
        long runId,
        Instant deadAt,
        String status,
        Instant replayedAt,
        String replayedBy) {
}
