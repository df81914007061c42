package org.anjian.domain.chemical.module;

import java.util.Optional;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.RiskIndicator;
import org.osgi.service.component.annotations.Component;

/**
 * Open hazards of a chemical enterprise weighted for the domain: an open major hazard counts far more
 * than a general one, an overdue one more than one on time.
 */
@Component(service = RiskIndicator.class)
public class ChemicalRiskIndicator implements RiskIndicator {
    static final int PER_MAJOR = 40;
    static final int PER_OVERDUE = 15;
    static final int PER_GENERAL = 5;

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public String id() {
        return "chemical-open-hazards";
    }

    @Override
    public String name() {
        return "危化企业未整改隐患";
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        Enterprise e = facts.enterprise();
        if (!ChemicalModule.covers(e.industryCode())) {
            return Optional.empty();
        }
        long points = facts.openMajorHazards() * PER_MAJOR + facts.overdueHazards() * PER_OVERDUE
                + facts.openGeneralHazards() * PER_GENERAL;
        int capped = (int) Math.min(100, points);
        String why = String.format("重大隐患 %d 项×%d + 逾期 %d 项×%d + 一般隐患 %d 项×%d = %d 分%s",
                facts.openMajorHazards(), PER_MAJOR, facts.overdueHazards(), PER_OVERDUE, facts.openGeneralHazards(),
                PER_GENERAL, points, points > 100 ? " (封顶 100)" : "");
        return Optional.of(new IndicatorScore(ChemicalModule.ID, id(), name(), capped, why));
    }
}
