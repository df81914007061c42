package org.anjian.core.osgi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anjian.api.hazard.HazardService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the overdue check soon after start and then every configured interval. */
@Component(immediate = true, configurationPid = "org.anjian.hazard")
public class OverdueEscalationJob {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueEscalationJob.class);

    private final HazardService hazards;
    private final Clock clock = PlatformClock.get();
    private final ScheduledExecutorService scheduler;

    @Activate
    public OverdueEscalationJob(@Reference HazardService hazards, HazardConfig config) {
        this.hazards = hazards;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "anjian-overdue-escalation"));
        long interval = Math.max(1, config.escalationIntervalMinutes());
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, interval, TimeUnit.MINUTES);
    }

    void runOnce() {
        try {
            int changed = hazards.escalateOverdue(LocalDate.now(clock));
            if (changed > 0) {
                LOG.info("Overdue check raised the supervision of {} hazards", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue check failed: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }
}
