package org.anjian.api.exchange;

import java.time.Instant;

/**
 * One run of the exchange with one peer, as the run ledger keeps it.
 *
 * @param direction    {@code OUTBOUND} (our outbox to the peer) or {@code INBOUND} (the peer's records down to us)
 * @param trigger      {@code schedule}, {@code operator:<user>}, {@code startup} or {@code callback} (a request
 *                     the peer pushed to its callback)
 * @param status       {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED} (the peer stayed unavailable or
 *                     refused the whole request; what was not acknowledged stays in the backlog) or
 *                     {@code ABORTED} (the container stopped during the run)
 * @param sent         records sent (a record re-sent after a lost receipt counts once per send)
 * @param acknowledged records the peer acknowledged (accepted or known as a duplicate); inbound: records received
 * @param failed       records still pending at the end of the run
 * @param dead         records the peer rejected as invalid (now dead letters)
 * @param skipped      outbox records this peer does not receive
 * @param digest       SHA-256 over the idempotency keys acknowledged, in order (the run's manifest)
 */
public record ExchangeRun(
        long id,
        String peer,
        String direction,
        String trigger,
        Instant startedAt,
        Instant endedAt,
        String status,
        long sent,
        long acknowledged,
        long failed,
        long dead,
        long skipped,
        String digest,
        String error) {
}
