package org.anjian.core.osgi;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.anjian.api.spi.ScheduledJob;
import org.anjian.api.system.CountyClock;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.anjian.core.jobs.JobRunner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of scheduled jobs: every {@link ScheduledJob} service, the platform's and the modules', runs on
 * the platform's two job threads with the county's clock; the "jobs" health component lists each one's last run.
 */
@Component(service = HealthCheck.class, immediate = true)
public class ScheduledJobs implements HealthCheck {
    private final ScheduledExecutorService executor;
    private final JobRunner runner;

    @Activate
    public ScheduledJobs(@Reference CountyClock clock) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "anjian-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.runner = new JobRunner(executor, clock::clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJob(ScheduledJob job) {
        runner.add(job);
    }

    void removeJob(ScheduledJob job) {
        runner.remove(job);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public SystemStatus check() {
        Map<String, Object> report = runner.report();
        return new SystemStatus("jobs", true, report);
    }
}
