package org.anjian.domain.specialequipment.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.anjian.api.spi.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Run by the platform every configured interval (default 60 minutes): registers one hazard per missed inspection
 * due date (and closes those whose equipment was inspected since), and escalates unhandled elevator entrapments.
 * {@link #runOnce(LocalDate)} and {@link #escalate(Instant)} are public so tests drive them without waiting.
 */
@Component(service = ScheduledJob.class, configurationPid = OverdueJob.PID)
@Designate(ocd = OverdueJobConfig.class)
public class OverdueJob implements ScheduledJob {
    public static final String PID = "org.anjian.specialequipment.job";

    private final SpecialEquipmentService service;
    private volatile int entrapmentEscalationMinutes;
    private volatile Duration interval;
    private volatile Duration firstRun;

    @Activate
    public OverdueJob(@Reference SpecialEquipmentService service, OverdueJobConfig config) {
        this.service = service;
        modified(config);
    }

    /** For tests: entrapments escalate after {@code entrapmentEscalationMinutes}.
     * Outside OSGi only: DS sees just the {@code @Activate} constructor (Felix SCR picks a public constructor by
     * its number of arguments and would try this one too). */
    public static OverdueJob of(SpecialEquipmentService service, int entrapmentEscalationMinutes) {
        return new OverdueJob(service, entrapmentEscalationMinutes);
    }

    private OverdueJob(SpecialEquipmentService service, int entrapmentEscalationMinutes) {
        this.service = service;
        this.entrapmentEscalationMinutes = entrapmentEscalationMinutes;
        this.interval = Duration.ofHours(1);
        this.firstRun = Duration.ZERO;
    }

    @Modified
    void modified(OverdueJobConfig config) {
        this.entrapmentEscalationMinutes = Math.max(1, config.entrapmentEscalationMinutes());
        this.interval = Duration.ofMinutes(Math.max(1, config.intervalMinutes()));
        this.firstRun = Duration.ofMinutes(Math.max(0, config.initialDelayMinutes()));
    }

    @Override
    public String name() {
        return "special-equipment.overdue-checks";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration firstRun() {
        return firstRun;
    }

    @Override
    public String run(Clock clock) {
        int registered = runOnce(LocalDate.now(clock));
        int escalated = escalate(clock.instant());
        return registered + escalated == 0 ? null
                : registered + " overdue-inspection hazards registered, " + escalated + " entrapments escalated";
    }

    /** Overdue inspections as of {@code today}; returns the number of hazards registered. */
    public int runOnce(LocalDate today) {
        return service.registerOverdueHazards(today);
    }

    /** Unhandled entrapments as of {@code now}; returns the number escalated. */
    public int escalate(Instant now) {
        return service.escalateEntrapments(now, entrapmentEscalationMinutes);
    }
}
