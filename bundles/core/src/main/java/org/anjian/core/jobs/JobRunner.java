package org.anjian.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.anjian.api.spi.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scheduled jobs: each one serially (the next run is planned when a run ends, after the job's interval as it
 * is then), a failure logged and repeated at the next run. Keeps each job's last outcome for the health report.
 */
public class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration MINIMUM = Duration.ofSeconds(1);

    /** The last run of a job. */
    public record Outcome(Instant at, boolean ok, String summary, long millis) {
    }

    private final ScheduledExecutorService executor;
    private final Supplier<Clock> clock;
    /** The jobs to run; a run starts only for a job still here (a first run may start before its future is kept). */
    private final java.util.Set<ScheduledJob> active = ConcurrentHashMap.newKeySet();
    private final Map<ScheduledJob, ScheduledFuture<?>> planned = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    public JobRunner(ScheduledExecutorService executor, Supplier<Clock> clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** Plans the job's first run. */
    public void add(ScheduledJob job) {
        active.add(job);
        plan(job, job.firstRun());
    }

    /** Forgets the job; a run in progress finishes, no further run starts. */
    public void remove(ScheduledJob job) {
        active.remove(job);
        ScheduledFuture<?> next = planned.remove(job);
        if (next != null) {
            next.cancel(false);
        }
        outcomes.remove(job.name());
    }

    /** Runs the job now, in the caller's thread (tests, operators); the result is recorded as any run. */
    public Outcome runNow(ScheduledJob job) {
        long start = System.nanoTime();
        Instant at = clock.get().instant();
        Outcome outcome;
        try {
            String summary = job.run(clock.get());
            outcome = new Outcome(at, true, summary, (System.nanoTime() - start) / 1_000_000);
            if (summary != null) {
                LOG.info("Job {}: {}", job.name(), summary);
            }
        } catch (Exception | LinkageError e) {
            outcome = new Outcome(at, false, e.toString(), (System.nanoTime() - start) / 1_000_000);
            LOG.warn("Job {} failed, repeated at its next run: {}", job.name(), e.toString());
        }
        outcomes.put(job.name(), outcome);
        return outcome;
    }

    /** Every job's last outcome, by name (jobs not run yet: "planned"). */
    public Map<String, Object> report() {
        Map<String, Object> out = new TreeMap<>();
        for (ScheduledJob job : active) {
            Outcome o = outcomes.get(job.name());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("interval", job.interval().toString());
            if (o == null) {
                entry.put("state", "planned");
            } else {
                entry.put("state", o.ok() ? "ok" : "failed");
                entry.put("lastRun", o.at().toString());
                entry.put("millis", o.millis());
                if (o.summary() != null) {
                    entry.put("summary", o.summary());
                }
            }
            out.put(job.name(), entry);
        }
        return out;
    }

    private void plan(ScheduledJob job, Duration delay) {
        if (!active.contains(job)) {
            return;
        }
        Duration d = delay == null || delay.isNegative() ? Duration.ZERO : delay;
        try {
            planned.put(job, executor.schedule(() -> runAndPlan(job), d.toMillis(), TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            planned.remove(job);
        }
    }

    private void runAndPlan(ScheduledJob job) {
        if (!active.contains(job)) {
            return;
        }
        runNow(job);
        if (active.contains(job)) {
            Duration interval = job.interval();
            plan(job, interval == null || interval.compareTo(MINIMUM) < 0 ? MINIMUM : interval);
        }
    }
}
