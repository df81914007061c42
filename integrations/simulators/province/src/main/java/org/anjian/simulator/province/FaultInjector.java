package org.anjian.simulator.province;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault modes, configured over the admin API. Every probabilistic decision comes from one
 * {@link Random} seeded with the simulator seed (re-seeded on each configuration), so a given
 * sequence of requests meets the same faults on every run.
 */
public final class FaultInjector {
    public static final class Settings {
        public long latencyMs;
        public double errorRate;
        public double dropConnections;
        public Instant downUntil;
        public double commitThenFail;
        /** Record ids refused as invalid (REJECTED, field recordId), as if the province's rules changed. */
        public java.util.Set<String> rejectRecordIds = java.util.Set.of();

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("latencyMs", latencyMs);
            m.put("errorRate", errorRate);
            m.put("dropConnections", dropConnections);
            m.put("downUntil", downUntil == null ? null : downUntil.toString());
            m.put("commitThenFail", commitThenFail);
            m.put("rejectRecordIds", new java.util.TreeSet<>(rejectRecordIds));
            return m;
        }
    }

    private final long seed;
    private Settings settings = new Settings();
    private Random random;
    final AtomicLong delayed = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong drops = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong committedThenFailed = new AtomicLong();

    public FaultInjector(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public synchronized void configure(Settings s) {
        check("errorRate", s.errorRate);
        check("dropConnections", s.dropConnections);
        check("commitThenFail", s.commitThenFail);
        if (s.latencyMs < 0) throw new IllegalArgumentException("latencyMs must be >= 0");
        this.settings = s;
        this.random = new Random(seed);
    }

    public synchronized void clear() {
        configure(new Settings());
    }

    public synchronized Settings settings() {
        return settings;
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(name + " must be within 0..1");
    }

    private synchronized boolean roll(double p) {
        if (p <= 0) return false;
        if (p >= 1) return true;
        return random.nextDouble() < p;
    }

    boolean isDown(Instant now) {
        Instant until = settings().downUntil;
        return until != null && now.isBefore(until);
    }

    boolean shouldDrop() { return roll(settings().dropConnections); }

    boolean shouldError() { return roll(settings().errorRate); }

    boolean shouldFailAfterCommit() { return roll(settings().commitThenFail); }

    boolean rejects(String recordId) { return recordId != null && settings().rejectRecordIds.contains(recordId); }

    void delay() {
        long ms = settings().latencyMs;
        if (ms > 0) {
            delayed.incrementAndGet();
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Map<String, Object> statsMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("settings", settings().toMap());
        m.put("delayed", delayed.get());
        m.put("errors", errors.get());
        m.put("droppedConnections", drops.get());
        m.put("refusedWhileDown", refused.get());
        m.put("committedThenFailed", committedThenFailed.get());
        return m;
    }

    void resetCounters() {
        delayed.set(0); errors.set(0); drops.set(0); refused.set(0); committedThenFailed.set(0);
    }
}
