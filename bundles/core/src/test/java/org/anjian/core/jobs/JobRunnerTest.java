package org.anjian.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.anjian.api.spi.ScheduledJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobRunnerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
    private final JobRunner runner = new JobRunner(executor, () -> CLOCK);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A job that counts its runs, fails on the ones listed, and notes whether two runs ever overlapped. */
    static class Counting implements ScheduledJob {
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();
        final CountDownLatch third = new CountDownLatch(3);
        final int failOn;
        volatile Clock seen;

        Counting(int failOn) {
            this.failOn = failOn;
        }

        @Override public String name() { return "test.counting"; }
        @Override public Duration interval() { return Duration.ofMillis(1); }
        @Override public Duration firstRun() { return Duration.ZERO; }

        @Override
        public String run(Clock clock) {
            seen = clock;
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                int n = runs.incrementAndGet();
                if (n == failOn) {
                    throw new IllegalStateException("run " + n + " failed");
                }
                return "run " + n;
            } finally {
                inside.decrementAndGet();
                third.countDown();
            }
        }
    }

    @Test
    void runsAJobAgainAfterEachRunEvenAfterAFailureNeverTwiceAtOnce() throws Exception {
        Counting job = new Counting(2);
        runner.add(job);
        assertThat(job.third.await(30, TimeUnit.SECONDS)).isTrue();
        runner.remove(job);
        assertThat(job.overlaps.get()).isZero();
        assertThat(job.seen).isSameAs(CLOCK);
        assertThat(job.runs.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsTheLastOutcomeOfEachJob() {
        Counting job = new Counting(2) {
            @Override public Duration firstRun() { return Duration.ofDays(1); }
        };
        runner.add(job);
        assertThat(runner.report()).containsEntry("test.counting", Map.of("interval", "PT0.001S", "state", "planned"));
        assertThat(runner.runNow(job).ok()).isTrue();
        JobRunner.Outcome failed = runner.runNow(job);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.summary()).contains("run 2 failed");
        assertThat(failed.at()).isEqualTo(CLOCK.instant());
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) runner.report().get("test.counting");
        assertThat(entry).containsEntry("state", "failed").containsEntry("lastRun", "2026-06-15T02:00:00Z");
        runner.remove(job);
        assertThat(runner.report()).isEmpty();
    }

    @Test
    void aRemovedJobDoesNotRunAgain() {
        Counting job = new Counting(0) {
            @Override public Duration firstRun() { return Duration.ofHours(1); }
        };
        runner.add(job);
        runner.remove(job);
        executor.shutdown();
        assertThat(executor.shutdownNow()).isEmpty();
        assertThat(job.runs.get()).isZero();
    }
}
