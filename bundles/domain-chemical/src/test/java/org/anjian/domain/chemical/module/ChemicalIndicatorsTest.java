package org.anjian.domain.chemical.module;

import org.anjian.testkit.TestPrincipals;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.anjian.domain.chemical.support.Fakes.ENT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.domain.chemical.api.AssessmentRequest.SubstanceInput;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.Test;

class ChemicalIndicatorsTest extends DbTestBase {

    private EnterpriseRiskFacts facts(String code) {
        return new EnterpriseRiskFacts(enterprises.find(TestPrincipals.ADMIN, code).orElseThrow(), 0, 0, 0, 0);
    }

    @Test
    void majorHazardSourceGradeScoresTheMostSevereSource() {
        HazardSourceService sources = HazardSourceService.of(db, enterprises, clock,
                MajorHazardAssessment.withDefaultCatalogue());
        MajorHazardSourceIndicator indicator = new MajorHazardSourceIndicator(db);
        assertThat(indicator.score(facts(ENT_A)).orElseThrow().points()).isZero();
        assertThat(indicator.score(facts("91330999MA2ABCDE1X"))).isEmpty();
        // grade 4 (worked example), then grade 2: 液氯 40 t (β 4, Q 5) with 100 people: R = 2 × 4 × 8 = 64
        sources.create(Fakes.admin(), new HazardSourceService.NewSource(ENT_A, "液氨甲醇罐区", HazardSourceService.UnitType.STORAGE, 60,
                List.of(new SubstanceInput(null, "液氨", null, 20.0), new SubstanceInput(null, "甲醇", null, 300.0)),
                List.of()));
        assertThat(indicator.score(facts(ENT_A)).orElseThrow().points()).isEqualTo(25);
        sources.create(Fakes.admin(), new HazardSourceService.NewSource(ENT_A, "液氯库", HazardSourceService.UnitType.STORAGE, 100,
                List.of(new SubstanceInput(null, "液氯", null, 40.0)), List.of()));
        IndicatorScore s = indicator.score(facts(ENT_A)).orElseThrow();
        assertThat(s.points()).isEqualTo(75);
        assertThat(s.explanation()).contains("液氯库").contains("二级");
        assertThat(MajorHazardSourceIndicator.points(1)).isEqualTo(100);
        assertThat(MajorHazardSourceIndicator.points(3)).isEqualTo(50);
    }

    @Test
    void alarmsOfTheLast30DaysAreCounted() {
        MonitoringService monitoring = MonitoringService.of(db, enterprises, clock);
        var point = monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_B, null, "PT-1", "压力",
                MonitoringService.Kind.PRESSURE, "MPa", null, 1.0));
        MonitoringAlarmIndicator indicator = MonitoringAlarmIndicator.of(db, clock);
        assertThat(indicator.score(facts(ENT_B)).orElseThrow().points()).isZero();
        monitoring.ingest(Fakes.admin(), new MonitoringService.ReadingBatch(List.of(new MonitoringService.ReadingInput(
                point.id(), null, null, NOW.minus(Duration.ofDays(40)), 2.0))));
        assertThat(indicator.score(facts(ENT_B)).orElseThrow().points()).isZero();
        var alarm = monitoring.searchAlarms(Fakes.admin(), null, null, org.anjian.api.common.PageRequest.of(null, null))
                .items().get(0);
        monitoring.handle(Fakes.admin(), alarm.id(), null);
        monitoring.ingest(Fakes.admin(), new MonitoringService.ReadingBatch(List.of(new MonitoringService.ReadingInput(
                point.id(), null, null, NOW.minus(Duration.ofDays(2)), 2.0))));
        IndicatorScore s = indicator.score(facts(ENT_B)).orElseThrow();
        assertThat(s.points()).isEqualTo(10);
        assertThat(s.explanation()).contains("近30日报警 1 次");
    }
}
