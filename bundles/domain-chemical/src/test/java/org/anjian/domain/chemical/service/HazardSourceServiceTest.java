package org.anjian.domain.chemical.service;

import java.util.Map;
import static org.anjian.domain.chemical.service.ParkServiceTest.assertField;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.anjian.domain.chemical.support.Fakes.ENT_B;
import static org.anjian.domain.chemical.support.Fakes.TOWN_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.domain.chemical.api.AssessmentRequest.SubstanceInput;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.service.HazardSourceService.GuarantorInput;
import org.anjian.domain.chemical.service.HazardSourceService.NewSource;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HazardSourceServiceTest extends DbTestBase {
    static final List<GuarantorInput> THREE = List.of(
            new GuarantorInput(HazardSourceService.GuarantorRole.PRINCIPAL, "王建国", "总经理", "13857000001"),
            new GuarantorInput(HazardSourceService.GuarantorRole.TECHNICAL, "李志强", "技术负责人", "13857000002"),
            new GuarantorInput(HazardSourceService.GuarantorRole.OPERATIONAL, "张海峰", "车间主任", "13857000003"));

    private HazardSourceService sources;

    @BeforeEach
    void setUp() {
        sources = HazardSourceService.of(db, enterprises, clock, MajorHazardAssessment.withDefaultCatalogue());
    }

    /** DOMAIN.md 1.2 worked example: 液氨 20 t + 甲醇 300 t, 60 people → S 2.6, R 6.9, 四级. */
    static NewSource workedExample(String enterprise) {
        return new NewSource(enterprise, "液氨甲醇罐区", HazardSourceService.UnitType.STORAGE, 60,
                List.of(new SubstanceInput(null, "液氨", null, 20.0), new SubstanceInput("67-56-1", null, null, 300.0)),
                THREE);
    }

    @Test
    void storesTheComputedValuesOfTheWorkedExample() {
        MajorHazardSource created = sources.create(Fakes.admin(), workedExample(ENT_A));
        MajorHazardSource m = sources.find(Fakes.admin(), created.id());
        assertThat(m.s()).isCloseTo(2.6, within(1e-9));
        assertThat(m.r()).isCloseTo(6.9, within(1e-9));
        assertThat(m.major()).isTrue();
        assertThat(m.grade()).isEqualTo(4);
        assertThat(m.regionCode()).isEqualTo(TOWN_A + "003");
        assertThat(m.substances()).extracting(MajorHazardSource.Substance::quantityTonnes).containsExactly(20.0, 300.0);
        assertThat(m.guarantors()).extracting(MajorHazardSource.Guarantor::role)
                .containsExactlyInAnyOrder("PRINCIPAL", "TECHNICAL", "OPERATIONAL");
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type = 'chemical.majorHazardSource'"
                + " AND idempotency_key = 'chemical.majorHazardSource:" + m.id() + ":1'")).isEqualTo(1);
        assertThat(testDb.number("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'chemical.majorHazardSource'"))
                .isEqualTo(1);
    }

    @Test
    void aUnitBelowTheThresholdIsStoredAsNotMajor() {
        MajorHazardSource m = sources.create(Fakes.admin(), new NewSource(ENT_A, "小罐区", HazardSourceService.UnitType.STORAGE, 0,
                List.of(new SubstanceInput(null, "甲醇", null, 100.0)), List.of()));
        assertThat(m.major()).isFalse();
        assertThat(m.grade()).isNull();
        assertThat(sources.find(Fakes.admin(), m.id()).grade()).isNull();
    }

    @Test
    void badInputIsA400NamingTheFieldAndWritesNothing() {
        Map<String, Long> before = snapshot();
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", HazardSourceService.UnitType.STORAGE, 10,
                List.of(new SubstanceInput(null, "甲醇", null, 1.0), new SubstanceInput(null, "不存在的物质", null, 1.0)),
                THREE)), "substances[1].name");
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", HazardSourceService.UnitType.STORAGE, -1,
                workedExample(ENT_A).substances(), THREE)), "exposedPopulation");
        assertField(() -> sources.create(Fakes.admin(), new NewSource("91330999000000000X", "罐区", HazardSourceService.UnitType.STORAGE, 1,
                workedExample(ENT_A).substances(), THREE)), "enterpriseCreditCode");
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", HazardSourceService.UnitType.STORAGE, 1,
                workedExample(ENT_A).substances(), List.of(THREE.get(0), new GuarantorInput(HazardSourceService.GuarantorRole.PRINCIPAL, "李四", null,
                        null)))), "guarantors[1].role");
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", HazardSourceService.UnitType.STORAGE, 1,
                workedExample(ENT_A).substances(), List.of(new GuarantorInput(null, "李四", null, null)))),
                "guarantors[0].role");
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", null, 10,
                workedExample(ENT_A).substances(), THREE)), "unitType");
        assertField(() -> sources.create(Fakes.admin(), new NewSource(ENT_A, "罐区", HazardSourceService.UnitType.STORAGE, 1,
                List.of(new SubstanceInput(null, "甲醇", null, null)), THREE)), "substances[0].quantityTonnes");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void jurisdictionScopesReadsWritesAndFilters() {
        MajorHazardSource a = sources.create(Fakes.admin(), workedExample(ENT_A));
        MajorHazardSource b = sources.create(Fakes.admin(), workedExample(ENT_B));
        assertThat(sources.search(Fakes.township(TOWN_A), null, null, PageRequest.of(null, null)).items())
                .extracting(MajorHazardSource::id).containsExactly(a.id());
        assertThat(sources.search(Fakes.admin(), ENT_B, 4, PageRequest.of(null, null)).items())
                .extracting(MajorHazardSource::id).containsExactly(b.id());
        assertThat(sources.search(Fakes.admin(), null, 1, PageRequest.of(null, null)).items()).isEmpty();
        assertThatThrownBy(() -> sources.find(Fakes.township(TOWN_A), b.id())).isInstanceOf(NotFoundException.class);
        Map<String, Long> before = snapshot();
        assertField(() -> sources.create(Fakes.township(TOWN_A), workedExample(ENT_B)), "enterpriseCreditCode");
        assertField(() -> sources.search(Fakes.admin(), null, 5, PageRequest.of(null, null)), "grade");
        assertThat(snapshot()).isEqualTo(before);
    }
}
