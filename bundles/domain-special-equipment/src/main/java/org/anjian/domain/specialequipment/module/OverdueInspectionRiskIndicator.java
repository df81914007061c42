package org.anjian.domain.specialequipment.module;

import java.util.Optional;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 特种设备检验逾期: an enterprise's IN_USE equipment past its inspection due date (it must not be used)
 * weighs heavily, equipment due within the due-soon window a little. Applies to every enterprise with
 * registered special equipment, whatever its industry.
 */
@Component(service = RiskIndicator.class)
public class OverdueInspectionRiskIndicator implements RiskIndicator {
    static final int PER_OVERDUE = 25;
    static final int PER_DUE_SOON = 5;

    private final SpecialEquipmentService service;

    @Activate
    public OverdueInspectionRiskIndicator(@Reference SpecialEquipmentService service) {
        this.service = service;
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public String id() {
        return "special-equipment-inspection-overdue";
    }

    @Override
    public String name() {
        return "特种设备检验逾期";
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        long[] c = service.dueCounts(facts.enterprise().creditCode(), service.today());
        if (c[0] == 0) {
            return Optional.empty();
        }
        long points = c[1] * PER_OVERDUE + c[2] * PER_DUE_SOON;
        int capped = (int) Math.min(100, points);
        String why = String.format("特种设备 %d 台: 超期未检 %d 台×%d + %d 天内到期 %d 台×%d = %d 分%s", c[0], c[1],
                PER_OVERDUE, service.settings().dueSoonDays(), c[2], PER_DUE_SOON, points,
                points > 100 ? " (封顶 100)" : "");
        return Optional.of(new IndicatorScore(SpecialEquipmentModule.ID, id(), name(), capped, why));
    }
}
