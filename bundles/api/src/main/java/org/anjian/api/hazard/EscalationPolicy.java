package org.anjian.api.hazard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How overdue hazards escalate: to SUPERVISED (督办) and then LISTED (挂牌督办) after the given
 * numbers of days past the deadline. Supervision never goes down.
 */
public record EscalationPolicy(int supervisedAfterDaysOverdue, int listedAfterDaysOverdue) {

    public EscalationPolicy {
        if (supervisedAfterDaysOverdue < 0) {
            throw new IllegalArgumentException(
                    "supervisedAfterDaysOverdue must be >= 0, got " + supervisedAfterDaysOverdue);
        }
        if (listedAfterDaysOverdue <= supervisedAfterDaysOverdue) {
            throw new IllegalArgumentException("listedAfterDaysOverdue (" + listedAfterDaysOverdue
                    + ") must be greater than supervisedAfterDaysOverdue (" + supervisedAfterDaysOverdue + ")");
        }
    }

    /**
     * Whether the hazard is overdue on {@code today}: past its deadline while its clock runs.
     * A hazard without a deadline is never overdue.
     */
    public static boolean isOverdue(LocalDate deadline, HazardStatus status, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return deadline != null
                && HazardStateMachine.countsTowardsOverdue(status)
                && today.isAfter(deadline);
    }

    /**
     * The supervision the hazard should carry on {@code today}; never less than {@code current}
     * (a null current counts as NONE).
     */
    public Supervision evaluate(LocalDate deadline, HazardStatus status, Supervision current, LocalDate today) {
        Supervision floor = current == null ? Supervision.NONE : current;
        if (!isOverdue(deadline, status, today)) {
            return floor;
        }
        long daysOverdue = ChronoUnit.DAYS.between(deadline, today);
        Supervision due;
        if (daysOverdue >= listedAfterDaysOverdue) {
            due = Supervision.LISTED;
        } else if (daysOverdue >= supervisedAfterDaysOverdue) {
            due = Supervision.SUPERVISED;
        } else {
            due = Supervision.NONE;
        }
        return floor.atLeast(due);
    }
}
