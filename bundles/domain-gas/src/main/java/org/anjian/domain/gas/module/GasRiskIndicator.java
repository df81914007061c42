package org.anjian.domain.gas.module;

import java.util.Optional;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.domain.gas.service.AlarmService;
import org.anjian.domain.gas.service.CylinderService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 燃气安全: an operator's cylinders in service past their inspection or scrap date, and the leak alarms of an
 * enterprise's users left open or escalated. No score for an enterprise with neither cylinders nor alarms.
 */
@Component(service = RiskIndicator.class)
public class GasRiskIndicator implements RiskIndicator {
    static final int PER_OVERDUE_CYLINDER = 10;
    static final int PER_SCRAP_AGE_CYLINDER = 20;
    static final int PER_OPEN_ALARM = 15;
    static final int PER_ESCALATED_ALARM = 30;

    private final CylinderService cylinders;
    private final AlarmService alarms;

    @Activate
    public GasRiskIndicator(@Reference CylinderService cylinders, @Reference AlarmService alarms) {
        this.cylinders = cylinders;
        this.alarms = alarms;
    }

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @Override
    public String id() {
        return "gas-cylinders-and-alarms";
    }

    @Override
    public String name() {
        return "气瓶检验与燃气报警";
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        String code = facts.enterprise().creditCode();
        long[] c = cylinders.riskCounts(code);
        long[] a = alarms.openCounts(code);
        if (c[0] == 0 && a[0] + a[1] == 0) {
            return Optional.empty();
        }
        long points = c[1] * PER_OVERDUE_CYLINDER + c[2] * PER_SCRAP_AGE_CYLINDER + a[0] * PER_OPEN_ALARM
                + a[1] * PER_ESCALATED_ALARM;
        String why = String.format("在用气瓶 %d 只: 超期未检 %d 只×%d + 到达报废年限 %d 只×%d; 未处置泄漏报警 %d 次×%d"
                        + " + 已转隐患 %d 次×%d = %d 分%s", c[0], c[1], PER_OVERDUE_CYLINDER, c[2], PER_SCRAP_AGE_CYLINDER,
                a[0], PER_OPEN_ALARM, a[1], PER_ESCALATED_ALARM, points, points > 100 ? " (封顶 100)" : "");
        return Optional.of(new IndicatorScore(GasModule.ID, id(), name(), (int) Math.min(100, points), why));
    }
}
