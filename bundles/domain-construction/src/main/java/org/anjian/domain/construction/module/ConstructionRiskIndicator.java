package org.anjian.domain.construction.module;

import java.util.Optional;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.domain.construction.service.ProjectService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 在建危大工程: a contractor's risk from the dangerous works it is carrying out now (beyond-scale ones weigh most)
 * and from projects in progress without their key personnel. No score for an enterprise with no project in progress.
 */
@Component(service = RiskIndicator.class)
public class ConstructionRiskIndicator implements RiskIndicator {
    static final int PER_BEYOND_SCALE = 20;
    static final int PER_DANGEROUS = 5;
    static final int PER_UNMANNED_PROJECT = 30;

    private final ProjectService projects;

    @Activate
    public ConstructionRiskIndicator(@Reference ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @Override
    public String id() {
        return "construction-dangerous-works";
    }

    @Override
    public String name() {
        return "在建危大工程";
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        long[] c = projects.riskCounts(facts.enterprise().creditCode());
        if (c[0] == 0) {
            return Optional.empty();
        }
        long points = c[2] * PER_BEYOND_SCALE + c[1] * PER_DANGEROUS + c[3] * PER_UNMANNED_PROJECT;
        String why = String.format("在建项目 %d 个: 施工中的超过一定规模危大工程 %d 项×%d + 危大工程 %d 项×%d"
                        + " + 未配齐项目负责人/专职安全员的项目 %d 个×%d = %d 分%s", c[0], c[2], PER_BEYOND_SCALE, c[1],
                PER_DANGEROUS, c[3], PER_UNMANNED_PROJECT, points, points > 100 ? " (封顶 100)" : "");
        return Optional.of(new IndicatorScore(ConstructionModule.ID, id(), name(), (int) Math.min(100, points), why));
    }
}
