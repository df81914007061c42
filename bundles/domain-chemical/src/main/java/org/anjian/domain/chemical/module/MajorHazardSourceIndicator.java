package org.anjian.domain.chemical.module;

import java.util.Optional;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.RiskIndicator;
import org.anjian.domain.chemical.store.HazardSourceRepository;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 重大危险源等级: the enterprise's most severe major hazard source, 一级 100 … 四级 25 points. */
@Component(service = RiskIndicator.class)
public class MajorHazardSourceIndicator implements RiskIndicator {
    private final ModuleDatabase db;
    private final HazardSourceRepository sources = new HazardSourceRepository();

    @Activate
    public MajorHazardSourceIndicator(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase db) {
        this.db = db;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public String id() {
        return "chemical-major-hazard-source-grade";
    }

    @Override
    public String name() {
        return "重大危险源等级";
    }

    static int points(int grade) {
        return switch (grade) {
            case 1 -> 100;
            case 2 -> 75;
            case 3 -> 50;
            default -> 25;
        };
    }

    @Override
    public Optional<IndicatorScore> score(EnterpriseRiskFacts facts) {
        Enterprise e = facts.enterprise();
        Optional<MajorHazardSource> worst = db.read(s -> sources.mostSevere(s.connection(), e.creditCode()));
        if (worst.isEmpty()) {
            return ChemicalModule.covers(e.industryCode())
                    ? Optional.of(new IndicatorScore(ChemicalModule.ID, id(), name(), 0, "未登记构成重大危险源的单元"))
                    : Optional.empty();
        }
        MajorHazardSource m = worst.get();
        int points = points(m.grade());
        String why = String.format("最高等级重大危险源「%s」为%s级 (R=%.2f), 计 %d 分", m.name(),
                "一二三四".charAt(m.grade() - 1), m.r(), points);
        return Optional.of(new IndicatorScore(ChemicalModule.ID, id(), name(), points, why));
    }
}
