package org.anjian.api.hazard;

import static org.anjian.api.hazard.Supervision.LISTED;
import static org.anjian.api.hazard.Supervision.NONE;
import static org.anjian.api.hazard.Supervision.SUPERVISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EscalationPolicyTest {

    private static final LocalDate DEADLINE = LocalDate.of(2024, 6, 30);
    private static final EscalationPolicy POLICY = new EscalationPolicy(3, 10);

    private static Supervision evaluate(int daysAfterDeadline, HazardStatus status, Supervision current) {
        return POLICY.evaluate(DEADLINE, status, current, DEADLINE.plusDays(daysAfterDeadline));
    }

    @ParameterizedTest
    @CsvSource({
        "-1, NONE", "0, NONE", "1, NONE",
        "2, NONE", "3, SUPERVISED", "4, SUPERVISED",
        "9, SUPERVISED", "10, LISTED", "11, LISTED",
        "400, LISTED"
    })
    void escalatesAtExactThresholds(int days, Supervision expected) {
        for (HazardStatus status : new HazardStatus[] {
                HazardStatus.REGISTERED, HazardStatus.ASSIGNED, HazardStatus.RECTIFYING}) {
            assertEquals(expected, evaluate(days, status, NONE), status + " +" + days);
        }
    }

    @Test
    void thresholdsCrossMonthAndYearBoundaries() {
        LocalDate deadline = LocalDate.of(2023, 12, 29);
        assertEquals(SUPERVISED, POLICY.evaluate(deadline, HazardStatus.ASSIGNED, NONE, LocalDate.of(2024, 1, 1)));
        assertEquals(NONE, POLICY.evaluate(deadline, HazardStatus.ASSIGNED, NONE, LocalDate.of(2023, 12, 31)));
    }

    @Test
    void zeroSupervisedThresholdStillNeedsADayOverdue() {
        EscalationPolicy immediate = new EscalationPolicy(0, 1);
        assertEquals(NONE, immediate.evaluate(DEADLINE, HazardStatus.RECTIFYING, NONE, DEADLINE));
        assertEquals(NONE, immediate.evaluate(DEADLINE, HazardStatus.RECTIFYING, NONE, DEADLINE.minusDays(5)));
        assertEquals(LISTED, immediate.evaluate(DEADLINE, HazardStatus.RECTIFYING, NONE, DEADLINE.plusDays(1)));
        EscalationPolicy wide = new EscalationPolicy(0, 5);
        assertEquals(SUPERVISED, wide.evaluate(DEADLINE, HazardStatus.RECTIFYING, NONE, DEADLINE.plusDays(1)));
    }

    @Test
    void neverDeEscalates() {
        assertEquals(LISTED, evaluate(4, HazardStatus.RECTIFYING, LISTED));
        assertEquals(SUPERVISED, evaluate(1, HazardStatus.RECTIFYING, SUPERVISED));
        assertEquals(LISTED, evaluate(-5, HazardStatus.ASSIGNED, LISTED));
        assertEquals(LISTED, evaluate(10, HazardStatus.RECTIFYING, SUPERVISED));
    }

    @ParameterizedTest
    @EnumSource(value = HazardStatus.class, names = {"SUBMITTED", "CLOSED"})
    void submittedAndClosedNeverEscalateButKeepCurrent(HazardStatus status) {
        for (Supervision current : Supervision.values()) {
            assertEquals(current, evaluate(3, status, current));
            assertEquals(current, evaluate(10, status, current));
            assertEquals(current, evaluate(1000, status, current));
        }
        assertFalse(EscalationPolicy.isOverdue(DEADLINE, status, DEADLINE.plusDays(100)));
    }

    @Test
    void nullCurrentCountsAsNone() {
        assertEquals(NONE, evaluate(1, HazardStatus.ASSIGNED, null));
        assertEquals(SUPERVISED, evaluate(3, HazardStatus.ASSIGNED, null));
    }

    @Test
    void isOverdueOnlyAfterTheDeadlineWhileCounting() {
        assertFalse(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.RECTIFYING, DEADLINE.minusDays(1)));
        assertFalse(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.RECTIFYING, DEADLINE));
        assertTrue(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.RECTIFYING, DEADLINE.plusDays(1)));
        assertTrue(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.REGISTERED, DEADLINE.plusDays(1)));
        assertTrue(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.ASSIGNED, DEADLINE.plusDays(1)));
        assertFalse(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.SUBMITTED, DEADLINE.plusDays(1)));
        assertFalse(EscalationPolicy.isOverdue(DEADLINE, HazardStatus.CLOSED, DEADLINE.plusDays(1)));
        assertFalse(EscalationPolicy.isOverdue(null, HazardStatus.ASSIGNED, DEADLINE));
        assertEquals(NONE, POLICY.evaluate(null, HazardStatus.ASSIGNED, NONE, DEADLINE));
    }

    @Test
    void constructorValidation() {
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(-3, -1));
        EscalationPolicy ok = new EscalationPolicy(0, 1);
        assertEquals(0, ok.supervisedAfterDaysOverdue());
        assertEquals(1, ok.listedAfterDaysOverdue());
    }
}
