package org.anjian.domain.chemical.jobs;

import org.anjian.domain.chemical.module.ChemicalModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.ScheduledJob;
import org.anjian.domain.chemical.service.Records;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.AlarmRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns monitoring alarms nobody handled in time into hazards (一般隐患, source MONITORING_ALARM, category
 * CHEMICAL_MONITORING). Registration is idempotent on {@code chemical-monitoring / alarm-<id>}, so a run that
 * fails half-way is simply repeated.
 */
@Component(service = ScheduledJob.class, configurationPid = AlarmEscalator.PID)
@Designate(ocd = AlarmEscalator.Config.class)
public class AlarmEscalator implements ScheduledJob {
    public static final String PID = "org.anjian.domain.chemical.jobs.AlarmEscalator";
    public static final String SOURCE_SYSTEM = "chemical-monitoring";
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AlarmEscalator.class);

    @ObjectClassDefinition(name = "Anjian chemical: monitoring alarm escalation",
            description = "RAISED alarms older than the limit become hazards")
    public @interface Config {
        @AttributeDefinition(name = "Check interval (minutes)", min = "1")
        int intervalMinutes() default 1;

        @AttributeDefinition(name = "Minutes until escalation", min = "1")
        int minutesUntilEscalation() default 30;

        @AttributeDefinition(name = "Hazard deadline (days after escalation)", min = "1")
        int deadlineDays() default 7;
    }

    private final ModuleDatabase db;
    private final HazardService hazards;
    private final AlarmRepository alarms = new AlarmRepository();
    private volatile Duration interval;
    private volatile Duration limit;
    private volatile int deadlineDays;

    @Activate
    public AlarmEscalator(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase database,
                          @Reference HazardService hazards, Config config) {
        this.db = database;
        this.hazards = hazards;
        modified(config);
    }

    /** Without configuration: tests call {@link #escalate(Instant, ZoneId)}.
     * Outside OSGi only: DS sees just the {@code @Activate} constructor (Felix SCR picks a public constructor by
     * its number of arguments and would try this one too). */
    public static AlarmEscalator of(ModuleDatabase db, HazardService hazards, Duration limit, int deadlineDays) {
        return new AlarmEscalator(db, hazards, limit, deadlineDays);
    }

    private AlarmEscalator(ModuleDatabase db, HazardService hazards, Duration limit, int deadlineDays) {
        this.db = db;
        this.hazards = hazards;
        this.interval = Duration.ofMinutes(1);
        this.limit = limit;
        this.deadlineDays = deadlineDays;
    }

    @Modified
    void modified(Config config) {
        this.interval = Duration.ofMinutes(Math.max(1, config.intervalMinutes()));
        this.limit = Duration.ofMinutes(Math.max(1, config.minutesUntilEscalation()));
        this.deadlineDays = Math.max(1, config.deadlineDays());
    }

    @Override
    public String name() {
        return "chemical.alarm-escalation";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public String run(Clock clock) {
        int n = escalate(clock.instant(), clock.getZone());
        return n > 0 ? "escalated " + n + " monitoring alarms to hazards" : null;
    }

    /** Escalates every RAISED alarm raised at or before {@code now - limit}; returns how many were escalated. */
    public int escalate(Instant now, ZoneId zone) {
        List<Alarm> due = db.read(s -> alarms.raisedBefore(s.connection(), now.minus(limit), BATCH));
        AnjianPrincipal system = AnjianPrincipal.system(SOURCE_SYSTEM);
        int count = 0;
        for (Alarm alarm : due) {
            try {
                Hazard hazard = hazards.register(system, newHazard(alarm, now, zone));
                boolean marked = db.write(s -> {
                    if (!alarms.escalate(s.connection(), alarm.id(), hazard.id())) {
                        return false;
                    }
                    Alarm after = alarms.find(s.connection(), alarm.id()).orElseThrow();
                    s.outbox(Records.ALARM, alarm.id(), after.version(), "escalated", alarm.regionCode(), after);
                    s.audit(system.userId(), "escalate", Records.ALARM, alarm.id(), alarm, after);
                    return true;
                });
                if (marked) {
                    count++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Alarm {} not escalated now: {}", alarm.id(), e.toString());
            }
        }
        return count;
    }

    NewHazard newHazard(Alarm a, Instant now, ZoneId zone) {
        String description = String.format(Locale.ROOT, "监测点位 %s %s 报警未及时处置: 读数 %s%s %s %s",
                a.pointTag(), a.pointName(), number(a.value()), a.unit(),
                Alarm.LOW.equals(a.direction()) ? "低于" : "超过", number(a.limitValue()));
        LocalDate deadline = LocalDate.ofInstant(now, zone).plusDays(deadlineDays);
        return NewHazard.of(a.enterpriseCreditCode(), HazardSource.MONITORING_ALARM, HazardGrade.GENERAL,
                "CHEMICAL_MONITORING", description, deadline).from(SOURCE_SYSTEM, "alarm-" + a.id()).build();
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
