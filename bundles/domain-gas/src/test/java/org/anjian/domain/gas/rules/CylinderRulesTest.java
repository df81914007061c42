package org.anjian.domain.gas.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * LPG steel cylinders (DOMAIN.md 1.4 [P]): the first three periodic inspections every 4 years from manufacture, then
 * every 3; scrapped at the configured design life (8 years by default, [U]).
 */
class CylinderRulesTest {
    private final CylinderRules rules = CylinderRules.defaults();
    private static final LocalDate MADE = LocalDate.of(2016, 3, 10);

    @Test
    void theFirstInspectionIsDueFourYearsAfterManufacture() {
        assertThat(rules.nextInspectionDue(MADE, null, 0)).isEqualTo(LocalDate.of(2020, 3, 10));
    }

    @Test
    void afterTheThirdInspectionTheIntervalIsThreeYears() {
        assertThat(rules.nextInspectionDue(MADE, LocalDate.of(2020, 3, 1), 1)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(rules.nextInspectionDue(MADE, LocalDate.of(2024, 3, 1), 2)).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(rules.nextInspectionDue(MADE, LocalDate.of(2028, 3, 1), 3)).isEqualTo(LocalDate.of(2031, 3, 1));
    }

    @Test
    void theScrapDateIsTheDesignLifeAndConfigurable() {
        assertThat(rules.scrapDue(MADE)).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(new CylinderRules(4, 3, 3, 15, 30).scrapDue(MADE)).isEqualTo(LocalDate.of(2031, 3, 10));
        assertThatThrownBy(() -> new CylinderRules(0, 3, 3, 8, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inspectionStateAtTheBoundaries() {
        LocalDate due = LocalDate.of(2026, 7, 1);
        assertThat(rules.inspection(due, due)).isEqualTo(CylinderRules.Inspection.DUE_SOON);
        assertThat(rules.inspection(due, due.plusDays(1))).isEqualTo(CylinderRules.Inspection.OVERDUE);
        assertThat(rules.inspection(due, due.minusDays(30))).isEqualTo(CylinderRules.Inspection.DUE_SOON);
        assertThat(rules.inspection(due, due.minusDays(31))).isEqualTo(CylinderRules.Inspection.OK);
    }

    @Test
    void aFillIsRefusedForAScrappedCylinderOnePastItsScrapDateOrOneOverdue() {
        LocalDate scrap = LocalDate.of(2027, 1, 1);
        LocalDate due = LocalDate.of(2026, 7, 1);
        assertThat(rules.fillRefusal(true, scrap, due, due)).hasValue(CylinderRules.Refusal.CYLINDER_SCRAPPED);
        assertThat(rules.fillRefusal(false, scrap, LocalDate.of(2028, 1, 1), scrap))
                .hasValue(CylinderRules.Refusal.CYLINDER_PAST_SCRAP_DATE);
        assertThat(rules.fillRefusal(false, scrap, due, due.plusDays(1)))
                .hasValue(CylinderRules.Refusal.CYLINDER_INSPECTION_OVERDUE);
        assertThat(rules.fillRefusal(false, scrap, due, due)).isEmpty();
    }
}
