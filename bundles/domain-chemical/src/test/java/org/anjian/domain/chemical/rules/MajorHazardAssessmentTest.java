package org.anjian.domain.chemical.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MajorHazardAssessmentTest {
    private static final double EPS = 1e-9;
    private static final MajorHazardAssessment ASSESSMENT = MajorHazardAssessment.withDefaultCatalogue();

    private static AssessmentResult assess(int population, SubstanceQuantity... lines) {
        return ASSESSMENT.assess(Arrays.asList(lines), population);
    }

    // --- DOMAIN.md 1.2 worked example: 液氨 20 t + 甲醇 300 t, 60 people -----------------------------

    @Test
    void workedExampleByCas() {
        AssessmentResult r = assess(60,
                SubstanceQuantity.ofCas("7664-41-7", 20), SubstanceQuantity.ofCas("67-56-1", 300));
        assertWorkedExample(r);
    }

    @Test
    void workedExampleByName() {
        AssessmentResult r = assess(60, SubstanceQuantity.ofName("液氨", 20), SubstanceQuantity.ofName("甲醇", 300));
        assertWorkedExample(r);
    }

    private static void assertWorkedExample(AssessmentResult r) {
        assertEquals(1.5, r.alpha(), EPS);
        assertEquals(2.6, r.s(), EPS);
        assertEquals(6.9, r.r(), EPS);
        assertTrue(r.major());
        assertEquals(4, r.grade());
        assertEquals(2, r.contributions().size());
        Contribution ammonia = r.contributions().get(0);
        assertEquals("氨", ammonia.substance());
        assertEquals("7664-41-7", ammonia.cas());
        assertNull(ammonia.hazardClass(), "Q from the substance table, not from a class");
        assertEquals(20, ammonia.quantityTonnes(), EPS);
        assertEquals(10, ammonia.thresholdQuantityTonnes(), EPS);
        assertEquals(2, ammonia.substanceFactor(), EPS);
        assertEquals(2.0, ammonia.ratio(), EPS);
        Contribution methanol = r.contributions().get(1);
        assertEquals("甲醇", methanol.substance());
        assertEquals(500, methanol.thresholdQuantityTonnes(), EPS);
        assertEquals(1, methanol.substanceFactor(), EPS);
        assertEquals(0.6, methanol.ratio(), EPS);
    }

    // --- identification: S ≥ 1 ------------------------------------------------------------------------

    @Test
    void sExactlyOneIsMajor() {
        AssessmentResult r = assess(10, SubstanceQuantity.ofName("氯", 5));
        assertEquals(1.0, r.s(), 0.0);
        assertTrue(r.major());
        assertEquals(4.0, r.r(), EPS);
        assertEquals(4, r.grade());
    }

    @Test
    void sExactlyOneIsMajorWhereBinaryFloatingPointFallsShort() {
        // 0.024/0.3 + 4.6/5 = 0.08 + 0.92 = 1 exactly; in doubles the sum is 0.9999999999999999
        assertTrue(0.024 / 0.3 + 4.6 / 5 < 1.0, "premise of the test");
        AssessmentResult r = assess(10, SubstanceQuantity.ofName("光气", 0.024), SubstanceQuantity.ofName("氯", 4.6));
        assertTrue(r.major());
        assertEquals(1.0, r.s(), EPS);
        assertEquals(4, r.grade());
    }

    @Test
    void sJustBelowOneIsNotMajorAndHasNoGrade() {
        AssessmentResult r = assess(10, SubstanceQuantity.ofName("氯", 4.999));
        assertEquals(0.9998, r.s(), EPS);
        assertFalse(r.major());
        assertNull(r.grade());

        AssessmentResult sum = assess(10, SubstanceQuantity.ofName("甲醇", 250), SubstanceQuantity.ofName("乙醇", 249.9999));
        assertFalse(sum.major());
        assertNull(sum.grade());
    }

    @Test
    void noGradeWithoutMajorEvenWhenRIsHigh() {
        // 光气 0.29 t: S = 0.967 < 1 while R = 2 × 20 × 0.967 = 38.7
        AssessmentResult r = assess(100, SubstanceQuantity.ofName("光气", 0.29));
        assertFalse(r.major());
        assertTrue(r.r() > 10);
        assertNull(r.grade());
    }

    // --- grading: R thresholds (α = 1.0 for 1–29 people; 氯: Q 5, β 4, so R = 0.8·q) -------------------

    @Test
    void rExactlyTenIsGradeThree() {
        AssessmentResult r = assess(1, SubstanceQuantity.ofName("氯", 12.5));
        assertEquals(10.0, r.r(), EPS);
        assertEquals(3, r.grade());
        assertEquals(4, assess(1, SubstanceQuantity.ofName("氯", 12.4999)).grade());
    }

    @Test
    void rExactlyFiftyIsGradeTwo() {
        AssessmentResult r = assess(29, SubstanceQuantity.ofName("氯", 62.5));
        assertEquals(50.0, r.r(), EPS);
        assertEquals(2, r.grade());
        assertEquals(3, assess(29, SubstanceQuantity.ofName("氯", 62.4999)).grade());
    }

    @Test
    void rExactlyHundredIsGradeOne() {
        AssessmentResult r = assess(15, SubstanceQuantity.ofName("氯", 125));
        assertEquals(100.0, r.r(), EPS);
        assertEquals(1, r.grade());
        assertEquals(2, assess(15, SubstanceQuantity.ofName("氯", 124.9999)).grade());
        assertEquals(1, assess(15, SubstanceQuantity.ofName("氯", 10_000)).grade());
    }

    @Test
    void rExactlyTenIsGradeThreeWhereBinaryFloatingPointFallsShort() {
        // 3 × 66/20 + 20 × 0.0015/0.3 = 9.9 + 0.1 = 10 exactly; in doubles 9.999999999999998
        assertTrue(3 * (66 / 20.0) + 20 * (0.0015 / 0.3) < 10.0, "premise of the test");
        AssessmentResult r = assess(5, SubstanceQuantity.ofName("氯化氢", 66), SubstanceQuantity.ofName("光气", 0.0015));
        assertTrue(r.major());
        assertEquals(3, r.grade());
    }

    // --- α by exposed population -------------------------------------------------------------------

    @Test
    void alphaAtEachPopulationBoundary() {
        int[] population = {0, 1, 29, 30, 49, 50, 99, 100, 100_000};
        double[] alpha = {0.5, 1.0, 1.0, 1.2, 1.2, 1.5, 1.5, 2.0, 2.0};
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < population.length; i++) {
            int p = population[i];
            double a = alpha[i];
            checks.add(() -> assertEquals(a, MajorHazardAssessment.exposureFactor(p), 0.0, "α for " + p));
            checks.add(() -> {
                // 氯 5 t: Σβq/Q = 4, so R = 4α
                AssessmentResult r = assess(p, SubstanceQuantity.ofName("氯", 5));
                assertEquals(a, r.alpha(), 0.0, "result α for " + p);
                assertEquals(4 * a, r.r(), EPS, "R for " + p);
            });
        }
        assertAll(checks);
    }

    // --- references: unknown substances and the class fall-back -------------------------------------

    @Test
    void unknownSubstanceNameIsNamed() {
        UnknownSubstanceException e = assertThrows(UnknownSubstanceException.class,
                () -> assess(10, SubstanceQuantity.ofName("甲醇", 1), SubstanceQuantity.ofName("神秘溶剂X", 1)));
        assertEquals("神秘溶剂X", e.reference());
        assertEquals("substances[1].name", e.field());
        assertTrue(e.getMessage().contains("神秘溶剂X"), e.getMessage());
        assertTrue(e.getMessage().contains("substances[1]"), e.getMessage());
    }

    @Test
    void unknownCasAndUnknownClassAreNamed() {
        UnknownSubstanceException cas = assertThrows(UnknownSubstanceException.class,
                () -> assess(10, SubstanceQuantity.ofCas("7732-18-5", 1)));
        assertEquals("7732-18-5", cas.reference());
        assertEquals("substances[0].cas", cas.field());
        assertTrue(cas.getMessage().contains("7732-18-5"));

        UnknownSubstanceException cls = assertThrows(UnknownSubstanceException.class,
                () -> assess(10, SubstanceQuantity.ofHazardClass("W99", 1)));
        assertEquals("W99", cls.reference());
        assertEquals("substances[0].hazardClass", cls.field());
        assertTrue(cls.getMessage().contains("W99"));
        assertTrue(cls instanceof IllegalArgumentException);
    }

    @Test
    void hazardClassOnlyUsesClassQuantityAndFactor() {
        AssessmentResult r = assess(0, SubstanceQuantity.ofHazardClass("W2", 5));
        Contribution c = r.contributions().get(0);
        assertEquals("W2", c.substance());
        assertEquals("W2", c.hazardClass());
        assertNull(c.cas());
        assertEquals(10, c.thresholdQuantityTonnes(), EPS);
        assertEquals(1.5, c.substanceFactor(), EPS);
        assertEquals(0.5, r.s(), EPS);
        assertFalse(r.major());

        // J1: Q 5, β 4; 10 t and 100 people: S = 2, R = 2 × 4 × 2 = 16 → 三级
        AssessmentResult j1 = assess(100, SubstanceQuantity.ofHazardClass(" j1 ", 10));
        assertEquals(2.0, j1.s(), EPS);
        assertEquals(16.0, j1.r(), EPS);
        assertEquals(3, j1.grade());
    }

    @Test
    void unlistedChemicalWithItsHazardClassUsesTheClass() {
        SubstanceQuantity solvent = new SubstanceQuantity(new SubstanceRef(null, "某有机溶剂", "W5.3"), 2000);
        AssessmentResult r = assess(40, solvent);
        Contribution c = r.contributions().get(0);
        assertEquals("某有机溶剂", c.substance());
        assertEquals("W5.3", c.hazardClass());
        assertEquals(1000, c.thresholdQuantityTonnes(), EPS);
        assertEquals(2.0, r.s(), EPS);
        assertEquals(1.2 * 2.0, r.r(), EPS);
    }

    @Test
    void namedSubstanceWithoutQuantityFallsBackToItsLowestClass() {
        // 一氧化碳: no Q in DOMAIN.md; classes J3 (50 t) and W2 (10 t) → 10 t; β 2 from 表3 is kept
        AssessmentResult r = assess(10, SubstanceQuantity.ofName("一氧化碳", 10));
        Contribution c = r.contributions().get(0);
        assertEquals("W2", c.hazardClass());
        assertEquals(10, c.thresholdQuantityTonnes(), EPS);
        assertEquals(2, c.substanceFactor(), EPS);
        assertTrue(r.major());
    }

    @Test
    void namedSubstanceWithoutQuantityOrClassNeedsTheCallersClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assess(10, SubstanceQuantity.ofName("氰化氢", 1)));
        assertFalse(e instanceof UnknownSubstanceException);
        assertTrue(e.getMessage().contains("substances[0].hazardClass"), e.getMessage());
        assertTrue(e.getMessage().contains("氰化氢"), e.getMessage());

        AssessmentResult r = assess(10, new SubstanceQuantity(SubstanceRef.ofName("氰化氢").withHazardClass("J1"), 1));
        Contribution c = r.contributions().get(0);
        assertEquals("氰化氢", c.substance());
        assertEquals("J1", c.hazardClass());
        assertEquals(5, c.thresholdQuantityTonnes(), EPS);
        assertEquals(10, c.substanceFactor(), EPS, "β from 表3, not the class");
    }

    @Test
    void ownCriticalQuantityWinsOverTheCallersClass() {
        AssessmentResult r = assess(10, new SubstanceQuantity(SubstanceRef.ofName("甲醇").withHazardClass("W5.1"), 100));
        assertEquals(500, r.contributions().get(0).thresholdQuantityTonnes(), EPS);
        assertNull(r.contributions().get(0).hazardClass());
    }

    @Test
    void casAndNameOfDifferentSubstancesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assess(10, new SubstanceQuantity(new SubstanceRef("7664-41-7", "甲醇", null), 1)));
        assertTrue(e.getMessage().contains("substances[0].name"), e.getMessage());
        AssessmentResult same = assess(10, new SubstanceQuantity(new SubstanceRef("7664-41-7", "液氨", null), 10));
        assertEquals("氨", same.contributions().get(0).substance());
    }

    // --- bad inputs -----------------------------------------------------------------------------------

    @Test
    void badInputsNameTheField() {
        assertMessage("substances", () -> ASSESSMENT.assess(List.of(), 10));
        assertMessage("substances", () -> ASSESSMENT.assess(null, 10));
        assertMessage("exposedPopulation", () -> assess(-1, SubstanceQuantity.ofName("氯", 1)));
        assertMessage("substances[1].quantityTonnes",
                () -> assess(10, SubstanceQuantity.ofName("氯", 1), SubstanceQuantity.ofName("氨", -0.1)));
        assertMessage("substances[0].quantityTonnes", () -> assess(10, SubstanceQuantity.ofName("氯", Double.NaN)));
        assertMessage("substances[0].quantityTonnes",
                () -> assess(10, SubstanceQuantity.ofName("氯", Double.POSITIVE_INFINITY)));
        assertMessage("substances[0]", () -> ASSESSMENT.assess(Arrays.asList((SubstanceQuantity) null), 10));
        assertMessage("substances[0].substance", () -> assess(10, new SubstanceQuantity(null, 1)));
        assertThrows(IllegalArgumentException.class, () -> new SubstanceRef(null, " ", null));
    }

    @Test
    void zeroQuantityIsAllowed() {
        AssessmentResult r = assess(0, SubstanceQuantity.ofName("氯", 0));
        assertEquals(0.0, r.s(), 0.0);
        assertFalse(r.major());
        assertNull(r.grade());
    }

    private static void assertMessage(String field, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(field), () -> "message should start with " + field + ": " + e.getMessage());
    }
}
