package org.anjian.domain.specialequipment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every configured interval (default 60 minutes): registers one hazard per missed inspection due date
 * (and closes those whose equipment was inspected since), and escalates unhandled elevator entrapments.
 * {@link #runOnce(LocalDate)} and {@link #escalate(Instant)} are public so tests drive them without waiting.
 */
@Component(service = OverdueJob.class, immediate = true, configurationPid = OverdueJob.PID)
@Designate(ocd = OverdueJobConfig.class)
public class OverdueJob {
    public static final String PID = "org.anjian.specialequipment.job";
    private static final Logger LOG = LoggerFactory.getLogger(OverdueJob.class);

    private final SpecialEquipmentService service;
    private final Clock clock = Clock.system(SpecialEquipmentServiceComponent.ZONE);
    private final ScheduledExecutorService scheduler;
    private final int entrapmentEscalationMinutes;

    @Activate
    public OverdueJob(@Reference SpecialEquipmentService service, OverdueJobConfig config) {
        this.service = service;
        this.entrapmentEscalationMinutes = Math.max(1, config.entrapmentEscalationMinutes());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "anjian-special-equipment-checks"));
        long interval = Math.max(1, config.intervalMinutes());
        scheduler.scheduleWithFixedDelay(this::tick, Math.max(0, config.initialDelayMinutes()), interval,
                TimeUnit.MINUTES);
    }

    /** For tests: no scheduler; entrapments escalate after {@code entrapmentEscalationMinutes}. */
    public OverdueJob(SpecialEquipmentService service, int entrapmentEscalationMinutes) {
        this.service = service;
        this.entrapmentEscalationMinutes = entrapmentEscalationMinutes;
        this.scheduler = null;
    }

    private void tick() {
        try {
            int registered = runOnce(LocalDate.now(clock));
            int escalated = escalate(clock.instant());
            if (registered + escalated > 0) {
                LOG.info("Special equipment: {} overdue-inspection hazards registered, {} entrapments escalated",
                        registered, escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("Special-equipment check failed: {}", e.toString());
        }
    }

    /** Overdue inspections as of {@code today}; returns the number of hazards registered. */
    public int runOnce(LocalDate today) {
        return service.registerOverdueHazards(today);
    }

    /** Unhandled entrapments as of {@code now}; returns the number escalated. */
    public int escalate(Instant now) {
        return service.escalateEntrapments(now, entrapmentEscalationMinutes);
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
