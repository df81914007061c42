package org.anjian.domain.chemical.jobs;

import org.anjian.domain.chemical.module.ChemicalModule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.chemical.service.Records;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.AlarmRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
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
@Component(service = {}, immediate = true)
@Designate(ocd = AlarmEscalator.Config.class)
public class AlarmEscalator {
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

        @AttributeDefinition(name = "Time zone of the hazard deadline")
        String zone() default "Asia/Shanghai";
    }

    private final ModuleDatabase db;
    private final HazardService hazards;
    private final Duration limit;
    private final int deadlineDays;
    private final ZoneId zone;
    private final AlarmRepository alarms = new AlarmRepository();
    private final ScheduledExecutorService executor;
    private final Clock clock;

    @Activate
    public AlarmEscalator(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase database, @Reference HazardService hazards, Config config) {
        this(database, hazards, Duration.ofMinutes(Math.max(1, config.minutesUntilEscalation())),
                Math.max(1, config.deadlineDays()), ZoneId.of(config.zone()), Clock.systemUTC());
        long interval = Math.max(1, config.intervalMinutes());
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.MINUTES);
    }

    /** Without a schedule: tests call {@link #escalate(Instant)}. */
    public AlarmEscalator(ModuleDatabase db, HazardService hazards, Duration limit, int deadlineDays, ZoneId zone,
                          Clock clock) {
        this.db = db;
        this.hazards = hazards;
        this.limit = limit;
        this.deadlineDays = deadlineDays;
        this.zone = zone;
        this.clock = clock;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chemical-alarm-escalation");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    public void deactivate() {
        executor.shutdownNow();
    }

    private void runOnce() {
        try {
            int n = escalate(clock.instant());
            if (n > 0) {
                LOG.info("Escalated {} monitoring alarms to hazards", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Alarm escalation failed, retried next run: {}", e.toString());
        }
    }

    /** Escalates every RAISED alarm raised at or before {@code now - limit}; returns how many were escalated. */
    public int escalate(Instant now) {
        List<Alarm> due = db.read(s -> alarms.raisedBefore(s.connection(), now.minus(limit), BATCH));
        AnjianPrincipal system = AnjianPrincipal.system(SOURCE_SYSTEM);
        int count = 0;
        for (Alarm alarm : due) {
            try {
                Hazard hazard = hazards.register(system, newHazard(alarm, now));
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

    NewHazard newHazard(Alarm a, Instant now) {
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
