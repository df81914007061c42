package org.anjian.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.anjian.api.spi.ScheduledJob;

/**
 * The retention policy of the outbox and the exchange's deliveries, as a platform job: every {@code interval}, the
 * rows every peer has settled and that are older than the retention are deleted (ExchangeStore#purgeSettled),
 * each batch audited. Dead-lettered rows, the run ledger, the dead letters and the audit log stay.
 */
public final class OutboxRetentionJob implements ScheduledJob {
    private final ExchangeStore store;
    private final Supplier<List<String>> peers;
    private final Duration retention;
    private final int batch;
    private final Duration interval;

    public OutboxRetentionJob(ExchangeStore store, Supplier<List<String>> peers, Duration retention, int batch,
                              Duration interval) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retentionDays must be 0 or more, not " + retention.toDays());
        }
        if (batch < 1) {
            throw new IllegalArgumentException("retentionBatch must be 1 or more, not " + batch);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("retentionIntervalMinutes must be 1 or more, not " + interval.toMinutes());
        }
        this.store = store;
        this.peers = peers;
        this.retention = retention;
        this.batch = batch;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "exchange.outbox-retention";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    /** Ten minutes after the start (or the interval, if shorter): a container restarted daily still purges. */
    @Override
    public Duration firstRun() {
        return interval.compareTo(Duration.ofMinutes(10)) < 0 ? interval : Duration.ofMinutes(10);
    }

    @Override
    public String run(Clock clock) {
        ExchangeStore.Purged p = store.purgeSettled(peers.get(), retention, batch);
        if (p.outboxRows() == 0) {
            return "nothing settled by every peer is older than " + retention.toDays() + " days";
        }
        return "deleted " + p.outboxRows() + " outbox rows settled by every peer and older than " + retention.toDays()
                + " days (ids up to " + p.upToId() + "), with " + p.deliveries() + " deliveries";
    }
}
