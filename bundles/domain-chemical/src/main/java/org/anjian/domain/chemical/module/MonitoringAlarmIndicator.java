package org.anjian.domain.chemical.module;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.AlarmRepository;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 近30日监测报警: alarms of the last 30 days, escalated ones (not handled in time) weighing more. */
@Component(service = RiskIndicator.class)
public class MonitoringAlarmIndicator implements RiskIndicator {
    static final Duration WINDOW = Duration.ofDays(30);
    static final int PER_ALARM = 10;
    static final int PER_ESCALATED = 20;

    private final ModuleDatabase db;
    private final Clock clock;
    private final AlarmRepository alarms = new AlarmRepository();

    @Activate
    public MonitoringAlarmIndicator(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase database,
                                    @Reference CountyClock clock) {
        this(database, clock.clock());
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static MonitoringAlarmIndicator of(ModuleDatabase db, Clock clock) {
        return new MonitoringAlarmIndicator(db, clock);
    }

    private MonitoringAlarmIndicator(ModuleDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public String id() {
        return "chemical-monitoring-alarms-30d";
    }

    @Override
    public String name() {
        return "近30日监测报警";
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        Enterprise e = facts.enterprise();
        Instant since = clock.instant().minus(WINDOW);
        long[] counts = db.read(s -> new long[] {
            alarms.countSince(s.connection(), e.creditCode(), since, null),
            alarms.countSince(s.connection(), e.creditCode(), since, Alarm.ESCALATED)});
        if (counts[0] == 0 && !ChemicalModule.covers(e.industryCode())) {
            return Optional.empty();
        }
        long points = counts[0] * PER_ALARM + counts[1] * PER_ESCALATED;
        String why = String.format("近30日报警 %d 次×%d + 超时未处置 %d 次×%d = %d 分%s", counts[0], PER_ALARM,
                counts[1], PER_ESCALATED, points, points > 100 ? " (封顶 100)" : "");
        return Optional.of(new IndicatorScore(ChemicalModule.ID, id(), name(), (int) Math.min(100, points), why));
    }
}
