package org.anjian.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.anjian.api.common.ConflictException;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.OutboxRecord;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.anjian.exchange.spi.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run = the peer's whole backlog, batch by batch: read (keyset, bounded), map, send with retries,
 * then settle the batch (deliveries, dead letters, counters) in one transaction. A crash before the
 * settle re-sends the batch next time with the same keys; the peer answers DUPLICATE; nothing is lost
 * and nothing applied twice. A run never overlaps another run of the same peer.
 */
public final class ExchangeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeEngine.class);

    /** Waits between attempts; replaced in tests that measure the policy, never to skip it. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final ExchangeStore store;
    private final RecordMapper mapper;
    private final DeadLetterQueue dlq;
    private final Sleeper sleeper;
    private final Duration commitLag;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public ExchangeEngine(ExchangeStore store, RecordMapper mapper, DeadLetterQueue dlq, Sleeper sleeper,
                          Duration commitLag) {
        this.store = store;
        this.mapper = mapper;
        this.dlq = dlq;
        this.sleeper = sleeper;
        this.commitLag = commitLag;
    }

    /** Stops runs at the next batch boundary (the container is stopping). */
    public void stop() {
        stopping = true;
    }

    public boolean running(String peer) {
        ReentrantLock lock = locks.get(peer);
        return lock != null && lock.isLocked();
    }

    /** Runs the exchange with the peer; a run of that peer under way is a {@link ConflictException}. */
    public ExchangeRun run(ExchangePeer peer, String trigger) {
        ReentrantLock lock = locks.computeIfAbsent(peer.id(), k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new ConflictException("EXCHANGE_RUNNING", "peer", "an exchange run with " + peer.id() + " is already under way");
        }
        try {
            return doRun(peer, trigger);
        } finally {
            lock.unlock();
        }
    }

    private ExchangeRun doRun(ExchangePeer peer, String trigger) {
        publishPendingDeadLetters();
        long runId = store.startRun(peer.id(), "OUTBOUND", trigger);
        String scope = peer.settings().regionScope();
        MessageDigest manifest = sha256();
        long after = store.lowWater(peer.id());
        long waiting = 0;
        String status = "SUCCEEDED";
        String error = null;
        LOG.info("Exchange run {} with {} started ({})", runId, peer.id(), trigger);
        try {
            while (!stopping) {
                List<OutboxRecord> rows = store.pending(peer.id(), scope, after, peer.settings().batchSize());
                if (rows.isEmpty()) {
                    break;
                }
                after = rows.get(rows.size() - 1).id();
                List<ExchangeStore.Settled> settled = new ArrayList<>(rows.size());
                List<ExchangeRecord> toSend = new ArrayList<>(rows.size());
                for (OutboxRecord row : rows) {
                    RecordMapper.Mapped mapped = mapper.map(peer.id(), row);
                    if (mapped instanceof RecordMapper.Ready r) {
                        toSend.add(r.record());
                    } else if (mapped instanceof RecordMapper.Invalid i) {
                        settled.add(new ExchangeStore.Settled(row, "REJECTED", i.reason(), null));
                    } else if (mapped instanceof RecordMapper.Wait) {
                        waiting++;
                    } else {
                        settled.add(new ExchangeStore.Settled(row, "SKIPPED", null, null));
                    }
                }
                long sent = 0;
                if (!toSend.isEmpty()) {
                    List<Receipt> receipts = sendWithRetries(peer, runId, toSend);
                    for (int i = 0; i < toSend.size(); i++) {
                        Receipt receipt = receipts.get(i);
                        ExchangeRecord record = toSend.get(i);
                        if (!record.idempotencyKey().equals(receipt.idempotencyKey())) {
                            throw new IllegalStateException("receipt " + i + " is for " + receipt.idempotencyKey()
                                    + ", not " + record.idempotencyKey());
                        }
                        if (receipt.outcome() != org.anjian.exchange.spi.Outcome.SKIPPED) {
                            sent++;
                        }
                        if (receipt.outcome().acknowledged()) {
                            manifest.update(receipt.idempotencyKey().getBytes(StandardCharsets.UTF_8));
                            manifest.update((byte) '\n');
                        }
                        settled.add(new ExchangeStore.Settled(record.source(), receipt.outcome().name(),
                                receipt.reason(), receipt.field()));
                    }
                }
                List<Long> dead = store.settle(peer.id(), runId, settled, sent);
                publish(dead);
            }
            if (stopping) {
                status = "ABORTED";
                error = "the container stopped during the run";
            }
        } catch (GaveUp e) {
            status = "FAILED";
            error = e.getMessage();
        } catch (RuntimeException e) {
            status = "FAILED";
            error = e.toString();
            LOG.error("Exchange run {} with {} failed", runId, peer.id(), e);
        }
        long pending = store.pendingCount(peer.id(), scope);
        if ("SUCCEEDED".equals(status) && waiting > 0) {
            error = waiting + " records wait for their module to be installed";
        }
        store.advanceLowWater(peer.id(), scope, commitLag);
        store.finishRun(runId, status, pending, HexFormat.of().formatHex(manifest.digest()), error);
        ExchangeRun run = store.run(runId).orElseThrow();
        LOG.info("Exchange run {} with {}: {} sent={} acknowledged={} dead={} skipped={} pending={}{}", runId,
                peer.id(), run.status(), run.sent(), run.acknowledged(), run.dead(), run.skipped(), run.failed(),
                error == null ? "" : " (" + error + ")");
        return run;
    }

    private List<Receipt> sendWithRetries(ExchangePeer peer, long runId, List<ExchangeRecord> batch) throws GaveUp {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                List<Receipt> receipts = peer.deliver(batch);
                if (receipts.size() != batch.size()) {
                    throw new GaveUp("the peer answered " + receipts.size() + " receipts for " + batch.size() + " records");
                }
                return receipts;
            } catch (PeerRefusedException e) {
                store.countSent(runId, batch.size());
                throw new GaveUp("refused by " + peer.id() + ": " + e.getMessage());
            } catch (PeerUnavailableException e) {
                store.countSent(runId, batch.size());
                if (attempt >= peer.settings().retry().maxAttempts() || stopping) {
                    throw new GaveUp(peer.id() + " unavailable after " + attempt + " attempts: " + e.getMessage());
                }
                Duration wait = peer.settings().retry().delayAfter(attempt, e.retryAfter());
                LOG.warn("Exchange with {}: attempt {} failed ({}), next in {} ms", peer.id(), attempt,
                        e.getMessage(), wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new GaveUp("interrupted while waiting to retry");
                }
            }
        }
    }

    private void publish(List<Long> deadLetterIds) {
        for (Long id : deadLetterIds) {
            store.deadLetter(id).ifPresent(this::publish);
        }
    }

    private void publish(DeadLetter letter) {
        try {
            dlq.publish(letter);
            store.markPublished(letter.id());
        } catch (Exception e) {
            LOG.warn("Dead letter {} not yet on the broker ({}); the next run publishes it", letter.id(), e.toString());
        }
    }

    /** Dead letters committed but not announced (a crash or a broker outage in between). */
    public void publishPendingDeadLetters() {
        for (DeadLetter letter : store.unpublishedDeadLetters(1000)) {
            publish(letter);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class GaveUp extends Exception {
        GaveUp(String message) {
            super(message);
        }
    }
}
