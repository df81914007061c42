package org.anjian.domain.specialequipment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.anjian.domain.specialequipment.rules.IntervalDecision.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InspectionIntervalPolicyTest {

    private static final String HEADER = "categoryCode,intervalMonths,condition,source,note\n";
    private final CategoryCatalogue catalogue = CategoryCatalogue.bundled();
    private final InspectionIntervalPolicy policy = InspectionIntervalPolicy.bundled();

    private static Integer grade(String g) {
        return g == null || g.isBlank() ? null : Integer.valueOf(g);
    }

    /** Every bundled row, and the parent fall-back for a few sub-categories. */
    @ParameterizedTest(name = "{0} grade {1} -> {2} {3}")
    @CsvSource({
        "1000, , INTERVAL, 12",
        "2100, , INTERVAL, 36",
        "2100, 1, INTERVAL, 72",
        "2100, 2, INTERVAL, 72",
        "2100, 3, INTERVAL, 36",
        "2100, 4, MONITORED, ",
        "2100, 5, NOT_USABLE, ",
        "2150, 2, INTERVAL, 72",
        "2150, 5, NOT_USABLE, ",
        "2200, , INTERVAL, 12",
        "2220, , INTERVAL, 12",
        "2300, , INTERVAL, 36",
        "3000, , INTERVAL, 12",
        "3100, , INTERVAL, 12",
        "3300, , INTERVAL, 12",
        "4000, , INTERVAL, 24",
        "4100, , INTERVAL, 24",
        "4200, , INTERVAL, 24",
        "4D00, , INTERVAL, 24",
        "4300, , INTERVAL, 12",
        "4400, , INTERVAL, 12",
        "4800, , INTERVAL, 12",
        "5000, , INTERVAL, 12",
        "5110, , INTERVAL, 12",
        "5200, , INTERVAL, 12",
        "6000, , INTERVAL, 12",
        "8300, 1, INTERVAL, 72",
        "8300, 2, INTERVAL, 72",
        "8300, 3, INTERVAL, 36",
        "9000, , INTERVAL, 12",
        "8300, , NO_RULE, ",
        "8300, 4, NO_RULE, ",
        "8210, , NO_RULE, ",
        "7000, , NO_RULE, ",
        "2400, , NO_RULE, ",
        "F000, , NO_RULE, ",
        "2160, , UNKNOWN_CATEGORY, ",
    })
    void bundledRows(String category, String grade, Outcome outcome, Integer months) {
        IntervalDecision decision = policy.decide(category, grade(grade));
        assertEquals(outcome, decision.outcome());
        assertEquals(Optional.ofNullable(months).map(Period::ofMonths), decision.interval());
        assertEquals(decision.interval(), policy.interval(category, grade(grade)));
    }

    @Test
    void everyBundledRowCarriesASourceTag() {
        assertFalse(policy.rules().isEmpty());
        for (IntervalRule rule : policy.rules()) {
            assertTrue(rule.source().matches("^\\[[VPU]\\].*"), rule.toString());
            assertFalse(rule.override());
        }
    }

    @Test
    void gradeSpecificRowBeatsTheCategoryRow() {
        IntervalDecision decision = policy.decide("2100", 1);
        assertEquals(Period.ofMonths(72), decision.period());
        assertEquals("safetyConditionGrade=1-2", decision.rule().condition());
        assertEquals("[V] TSG 21-2016", decision.rule().source());
    }

    @Test
    void categoryRowAppliesWhenNoConditionMatches() {
        // 8300 has only grade rows; 2100 has a row without condition for an unknown grade
        assertEquals(Optional.of(Period.ofMonths(36)), policy.interval("2100", null));
        assertEquals(Optional.empty(), policy.interval("8300", null));
    }

    @Test
    void subCategoryRowBeatsParentRow() {
        IntervalDecision decision = policy.decide("4300", null);
        assertEquals("4300", decision.rule().categoryCode());
        assertEquals(Period.ofMonths(12), decision.period());
        IntervalDecision parent = policy.decide("4100", null);
        assertEquals("4000", parent.rule().categoryCode());
    }

    @Test
    void childWithoutConditionBeatsParentWithMatchingCondition() {
        String csv = HEADER + "2000,99,safetyConditionGrade=1-5,[U],parent graded\n2200,12,,[U],child plain\n";
        InspectionIntervalPolicy p = InspectionIntervalPolicy.load(catalogue, new StringReader(csv), "t");
        assertEquals(Optional.of(Period.ofMonths(12)), p.interval("2220", 3));
        assertEquals(Optional.of(Period.ofMonths(99)), p.interval("2300", 3));
        assertEquals(Optional.empty(), p.interval("2300", null));
    }

    @Test
    void narrowerConditionWinsOverWiderOverlappingOverride() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of("2100;safetyConditionGrade=1", Period.ofMonths(60)));
        assertEquals(Optional.of(Period.ofMonths(60)), p.interval("2100", 1));
        assertEquals(Optional.of(Period.ofMonths(72)), p.interval("2100", 2));
    }

    @Test
    void grade5IsNotUsableAndGrade4Monitored() {
        assertEquals(InspectionStatus.NOT_USABLE, policy.status("2100", 5, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 2), 30));
        assertEquals(InspectionStatus.NOT_USABLE, policy.status("2150", 5, null, LocalDate.of(2024, 1, 2), 30));
        assertEquals(InspectionStatus.MONITORED, policy.status("2100", 4, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 2), 30));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> policy.nextDue("2100", 5, LocalDate.of(2024, 1, 1)));
        assertTrue(e.getMessage().contains("NOT_USABLE"), e.getMessage());
        assertEquals(Optional.empty(), policy.findNextDue("2100", 4, LocalDate.of(2024, 1, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void gradeOutsideOneToFiveIsRejected(int g) {
        assertThrows(IllegalArgumentException.class, () -> policy.decide("2100", g));
    }

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
        "2024-01-31, 1000, , 2025-01-31",
        "2024-02-29, 1000, , 2025-02-28",
        "2023-03-31, 4000, , 2025-03-31",
        "2024-02-29, 4000, , 2026-02-28",
        "2020-02-29, 2100, 1, 2026-02-28",
        "2021-08-31, 2100, 3, 2024-08-31",
        "2024-12-31, 2300, , 2027-12-31",
    })
    void nextDueAddsCalendarMonths(LocalDate last, String category, String grade, LocalDate expected) {
        assertEquals(expected, policy.nextDue(category, grade(grade), last));
        assertEquals(Optional.of(expected), policy.findNextDue(category, grade(grade), last));
    }

    @Test
    void monthEndClampsForShortIntervals() {
        InspectionIntervalPolicy p = InspectionIntervalPolicy.fromMap(catalogue, Map.of("1000", Period.ofMonths(1)));
        assertEquals(LocalDate.of(2024, 2, 29), p.nextDue("1000", null, LocalDate.of(2024, 1, 31)));
        assertEquals(LocalDate.of(2023, 2, 28), p.nextDue("1000", null, LocalDate.of(2023, 1, 31)));
    }

    // Elevator (3000), 12 months: inspected 2023-06-15, due 2024-06-15.
    private InspectionStatus elevatorStatus(LocalDate today, int within) {
        return policy.status("3100", null, LocalDate.of(2023, 6, 15), today, within);
    }

    @Test
    void dueTodayIsDueSoonEvenWithAZeroWindow() {
        assertEquals(InspectionStatus.DUE_SOON, elevatorStatus(LocalDate.of(2024, 6, 15), 0));
        assertEquals(InspectionStatus.DUE_SOON, elevatorStatus(LocalDate.of(2024, 6, 15), 30));
    }

    @Test
    void dueYesterdayIsOverdue() {
        assertEquals(InspectionStatus.OVERDUE, elevatorStatus(LocalDate.of(2024, 6, 16), 0));
        assertEquals(InspectionStatus.OVERDUE, elevatorStatus(LocalDate.of(2024, 6, 16), 30));
    }

    @Test
    void exactlyNDaysAheadIsDueSoonAndNPlusOneIsOk() {
        assertEquals(InspectionStatus.DUE_SOON, elevatorStatus(LocalDate.of(2024, 5, 16), 30));
        assertEquals(InspectionStatus.OK, elevatorStatus(LocalDate.of(2024, 5, 15), 30));
        assertEquals(InspectionStatus.OK, elevatorStatus(LocalDate.of(2024, 6, 14), 0));
    }

    @Test
    void neverInspectedAndNoRule() {
        assertEquals(InspectionStatus.NEVER_INSPECTED, policy.status("3000", null, null, LocalDate.of(2024, 1, 1), 30));
        assertEquals(InspectionStatus.NO_RULE,
                policy.status("7000", null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), 30));
        assertEquals(InspectionStatus.NO_RULE,
                policy.status("2160", null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), 30));
        assertThrows(IllegalArgumentException.class,
                () -> policy.status("3000", null, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), -1));
    }

    @Test
    void overridesWin() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of(
                "3000", Period.ofMonths(24),
                "4300", Period.ofMonths(6),
                "2100;safetyConditionGrade=3", Period.ofMonths(48)));
        assertEquals(Optional.of(Period.ofMonths(24)), p.interval("3000", null));
        assertEquals(Optional.of(Period.ofMonths(24)), p.interval("3100", null));
        assertEquals(Optional.of(Period.ofMonths(6)), p.interval("4300", null));
        assertEquals(Optional.of(Period.ofMonths(48)), p.interval("2100", 3));
        assertTrue(p.decide("3000", null).rule().override());
        assertEquals(LocalDate.of(2025, 6, 15), p.nextDue("3100", null, LocalDate.of(2023, 6, 15)));
        // unchanged rows and the original policy
        assertEquals(Optional.of(Period.ofMonths(72)), p.interval("2100", 2));
        assertEquals(Optional.of(Period.ofMonths(12)), policy.interval("3000", null));
    }

    @Test
    void plainCategoryOverrideKeepsGradeRowsAndCannotMakeGrade5Usable() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of("2100", Period.ofMonths(24)));
        assertEquals(Optional.of(Period.ofMonths(24)), p.interval("2100", null));
        assertEquals(Outcome.NOT_USABLE, p.decide("2100", 5).outcome());
        assertEquals(Outcome.MONITORED, p.decide("2100", 4).outcome());
        assertEquals(Optional.of(Period.ofMonths(72)), p.interval("2100", 1));
    }

    @Test
    void parentOverrideDoesNotBeatAChildRow() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of("4000", Period.ofMonths(36)));
        assertEquals(Optional.of(Period.ofMonths(36)), p.interval("4100", null));
        assertEquals(Optional.of(Period.ofMonths(12)), p.interval("4300", null));
    }

    @Test
    void laterOverridesReplaceEarlierOnes() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of("3000", Period.ofMonths(24), "6000", Period.ofMonths(6)))
                .withOverrides(Map.of("3000", Period.ofYears(1)));
        assertEquals(Optional.of(Period.ofYears(1)), p.interval("3000", null));
        assertEquals(Optional.of(Period.ofMonths(6)), p.interval("6000", null));
    }

    @Test
    void fromMapOnlyKnowsTheMap() {
        InspectionIntervalPolicy p = InspectionIntervalPolicy.fromMap(catalogue,
                Map.of("3000", Period.ofMonths(24), "8300;safetyConditionGrade=1-2", Period.ofYears(6)));
        assertEquals(Optional.of(Period.ofMonths(24)), p.interval("3300", null));
        assertEquals(Optional.of(Period.ofYears(6)), p.interval("8300", 2));
        assertEquals(Optional.empty(), p.interval("1000", null));
        assertEquals(Outcome.NO_RULE, p.decide("2100", 5).outcome());
    }

    @Test
    void badOverridesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> policy.withOverrides(Map.of("9999", Period.ofMonths(12))));
        assertThrows(IllegalArgumentException.class, () -> policy.withOverrides(Map.of("elevator", Period.ofMonths(12))));
        assertThrows(IllegalArgumentException.class, () -> policy.withOverrides(Map.of("3000", Period.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> policy.withOverrides(Map.of("3000", Period.ofMonths(-12))));
        assertThrows(IllegalArgumentException.class,
                () -> policy.withOverrides(Map.of("2100;grade=3", Period.ofMonths(12))));
        assertThrows(IllegalArgumentException.class,
                () -> policy.withOverrides(Map.of("2100;safetyConditionGrade=6", Period.ofMonths(12))));
        assertThrows(IllegalArgumentException.class, () -> policy.withOverrides(Map.of(
                "2100;safetyConditionGrade=1-3", Period.ofMonths(12),
                "2100;safetyConditionGrade=3-4", Period.ofMonths(12))));
    }

    @Test
    void lowerCaseOverrideKeyIsAccepted() {
        InspectionIntervalPolicy p = policy.withOverrides(Map.of("4d00", Period.ofMonths(12)));
        assertEquals(Optional.of(Period.ofMonths(12)), p.interval("4D00", null));
    }

    @Test
    void malformedTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "3000,12,,,no source\n"), "no source"));
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "3000,twelve,,[U],\n"), "months"));
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "3000,12,,[U],\n3000,24,,[U],\n"), "duplicate"));
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "2100,72,safetyConditionGrade=1-2,[V],\n2100,36,safetyConditionGrade=2-3,[V],\n"),
                "overlap"));
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "9999,12,,[U],\n"), "unknown category"));
        assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(catalogue,
                new StringReader(HEADER + "3000,0,,[U],\n"), "zero"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InspectionIntervalPolicy.load(
                catalogue, new StringReader(HEADER + "3000,12,grade>3,[U],\n"), "cond.csv"));
        assertTrue(e.getMessage().startsWith("cond.csv line 2"), e.getMessage());
    }
}
