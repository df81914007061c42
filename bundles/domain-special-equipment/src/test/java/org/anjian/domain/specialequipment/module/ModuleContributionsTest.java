package org.anjian.domain.specialequipment.module;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_B;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ChecklistItem;
import org.anjian.api.spi.EnterpriseRiskFacts;
import org.anjian.api.spi.IndicatorScore;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.Test;

class ModuleContributionsTest {

    @Test
    void checklistIsReadFromItsDataFile() {
        Checklist c = new SpecialEquipmentChecklists().checklists().get(0);
        assertThat(c.id()).isEqualTo("special-equipment-user-checklist");
        assertThat(c.moduleId()).isEqualTo("special-equipment");
        assertThat(c.title()).contains("特种设备使用单位");
        assertThat(c.items()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(c.items()).extracting(ChecklistItem::code).doesNotHaveDuplicates();
        assertThat(c.items()).extracting(ChecklistItem::text).anyMatch(t -> t.contains("30日内"))
                .anyMatch(t -> t.contains("96333")).anyMatch(t -> t.contains("安全阀"))
                .anyMatch(t -> t.contains("维护保养合同")).anyMatch(t -> t.contains("应急演练"));
        // DOMAIN.md lists no 特种设备 重大隐患判定标准: no item is marked as a criterion
        assertThat(c.items()).noneMatch(ChecklistItem::majorHazardCriterion);
        assertThat(c.items()).allMatch(i -> !i.legalBasis().isBlank());
    }

    @Test
    void hazardCategoriesArePrefixed() {
        assertThat(new SpecialEquipmentHazardCategories().categories()).extracting(HazardCategory::code)
                .containsExactly("SPECIAL_EQUIPMENT_INSPECTION_OVERDUE", "SPECIAL_EQUIPMENT_REGISTRATION",
                        "SPECIAL_EQUIPMENT_MAINTENANCE", "SPECIAL_EQUIPMENT_OPERATOR_CERTIFICATE",
                        "SPECIAL_EQUIPMENT_SAFETY_ACCESSORY", "SPECIAL_EQUIPMENT_ELEVATOR_ALARM");
    }

    @Test
    void industryCodesAreGbt4754Divisions() {
        assertThat(SpecialEquipmentModule.INDUSTRY_CODES).containsExactly("33", "34", "38", "52", "59", "61", "62", "70")
                .allMatch(c -> c.matches("[0-9]{2}"));
        assertThat(SpecialEquipmentModule.ID).matches("[a-z][a-z0-9-]*");
    }

    @Test
    void riskIndicatorScoresOverdueAndDueSoonEquipment() {
        Fixture f = new Fixture();
        OverdueInspectionRiskIndicator indicator = new OverdueInspectionRiskIndicator(f.service);
        Enterprise a = f.enterprises.find(AnjianPrincipal.system("t"), CC_A).orElseThrow();
        Enterprise b = f.enterprises.find(AnjianPrincipal.system("t"), CC_B).orElseThrow();
        assertThat(indicator.score(facts(a))).isEmpty();
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 1), null, "2025-06-14")); // overdue
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 2), null, "2025-01-01")); // overdue
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 3), null, "2025-07-15")); // due in 30 days
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 4), null, "2025-07-16")); // due in 31 days
        f.service.register(ADMIN, equipment(CC_B, "3100", code("3100", 5), null, "2026-01-01"));
        Optional<IndicatorScore> s = indicator.score(facts(a));
        assertThat(s).isPresent();
        assertThat(s.get().points()).isEqualTo(2 * 25 + 5);
        assertThat(s.get().explanation()).contains("特种设备 4 台").contains("超期未检 2 台").contains("到期 1 台")
                .contains("= 55 分");
        assertThat(s.get().moduleId()).isEqualTo("special-equipment");
        assertThat(indicator.score(facts(b)).orElseThrow().points()).isZero();
        for (int i = 6; i < 12; i++) {
            f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", i), null, "2024-01-01"));
        }
        assertThat(indicator.score(facts(a)).orElseThrow().points()).isEqualTo(100);
    }

    private static EnterpriseRiskFacts facts(Enterprise e) {
        return new EnterpriseRiskFacts(e, 0, 0, 0, 0);
    }
}
