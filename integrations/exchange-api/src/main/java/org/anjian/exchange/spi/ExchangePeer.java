package org.anjian.exchange.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;
import java.util.Optional;

/**
 * A peer the outbox is delivered to, registered as an OSGi service. The exchange calls
 * {@link #deliver} with at most {@link #batchSize()} records, in outbox order, and acknowledges each
 * record only on its receipt; a record may be delivered again after a crash or a lost receipt, with the
 * same idempotency key, and the peer must treat that key as already known.
 */
@ConsumerType
public interface ExchangePeer {

    /**
     * Stable id used in the ledger, dead letters, the shell and the API: {@code province}; for a peer kind configured
     * once per instance (a factory configuration), {@link PeerSettings#instanceId}, e.g. {@code insurer-picc}.
     */
    String id();

    /** When outbound runs start: a Quartz cron expression, e.g. {@code 0 30 1 * * ?}; blank = manual only. */
    String schedule();

    int batchSize();

    RetryPolicy retryPolicy();

    /**
     * Sends the records and returns one receipt per record, in the same order. Records this peer does not
     * take are answered {@link Outcome#SKIPPED} without being sent; records that cannot be mapped to the
     * peer's contract are answered {@link Outcome#REJECTED} with the reason.
     */
    List<Receipt> deliver(List<ExchangeRecord> records) throws PeerUnavailableException, PeerRefusedException;

    /**
     * The settings the engine reads (schedule, batch, retry, timeouts); by default the three methods above. A peer
     * that reads its configuration with {@link PeerSettings#from} returns them here and answers the three from them.
     */
    default PeerSettings settings() {
        return new PeerSettings(schedule(), batchSize(), retryPolicy(), PeerSettings.DEFAULTS.connectTimeout(),
                PeerSettings.DEFAULTS.requestTimeout());
    }

    /** What the peer sends down to us, if it does. */
    default Optional<InboundPoll> inbound() {
        return Optional.empty();
    }

    /**
     * What the peer pushes to its callback root {@code /api/v1/exchange/{id}/}, if it does; without one, requests
     * there are answered 404.
     *
     * @since 1.2
     */
    default Optional<InboundCallback> callback() {
        return Optional.empty();
    }
}
