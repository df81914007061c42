package org.anjian.domain.specialequipment.rules;

import java.time.Period;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the periodic-inspection table: for a category (and optionally a range of 安全状况等级),
 * either a regular interval, "monitored use" (no regular interval: the inspection body sets the
 * date) or "must not be used".
 *
 * @param categoryCode the category the row applies to (and, by fall-back, its sub-categories)
 * @param minGrade lowest 安全状况等级 the row applies to, or null for a row without condition
 * @param maxGrade highest 安全状况等级 the row applies to, or null for a row without condition
 * @param kind what the row decides
 * @param interval the interval for {@link Kind#INTERVAL}, otherwise null
 * @param source the DOMAIN.md source tag ({@code [V]}, {@code [P]}, {@code [U]}) or "override"
 * @param note free text
 * @param override true for a row that came from configuration rather than the bundled table
 */
public record IntervalRule(String categoryCode, Integer minGrade, Integer maxGrade, Kind kind, Period interval,
        String source, String note, boolean override) {

    /** What a row decides. */
    public enum Kind {
        /** A regular interval applies. */
        INTERVAL,
        /** No regular interval: monitored use, the inspection body sets the next date (e.g. grade 4). */
        MONITORED,
        /** The equipment must not be used (e.g. grade 5). */
        NOT_USABLE
    }

    /** Lowest and highest 安全状况等级. */
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 5;

    static final String GRADE_CONDITION = "safetyConditionGrade";
    private static final Pattern CONDITION = Pattern.compile(
            "\\s*" + GRADE_CONDITION + "\\s*=\\s*(\\d)\\s*(?:-\\s*(\\d)\\s*)?");

    public IntervalRule {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(kind, "kind");
        if (!CategoryCatalogue.isWellFormedCode(categoryCode)) {
            throw new IllegalArgumentException("Category code must be 4 digits or upper-case letters: " + categoryCode);
        }
        if ((minGrade == null) != (maxGrade == null)) {
            throw new IllegalArgumentException("A grade condition needs both bounds");
        }
        if (minGrade != null && (minGrade < MIN_GRADE || maxGrade > MAX_GRADE || minGrade > maxGrade)) {
            throw new IllegalArgumentException("Grade condition must lie within " + MIN_GRADE + "-" + MAX_GRADE
                    + " with min <= max: " + minGrade + "-" + maxGrade);
        }
        if (kind == Kind.INTERVAL) {
            requirePositive(interval);
        } else if (interval != null) {
            throw new IllegalArgumentException("Only an INTERVAL row carries an interval");
        }
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    static Period requirePositive(Period interval) {
        if (interval == null || interval.isZero() || interval.isNegative()
                || interval.getYears() < 0 || interval.getMonths() < 0 || interval.getDays() < 0) {
            throw new IllegalArgumentException("Interval must be a positive period: " + interval);
        }
        return interval;
    }

    public boolean isConditional() {
        return minGrade != null;
    }

    /** True if this row applies to the given grade (a row without condition applies to any grade). */
    public boolean matches(Integer grade) {
        if (!isConditional()) {
            return true;
        }
        return grade != null && grade >= minGrade && grade <= maxGrade;
    }

    boolean overlaps(IntervalRule other) {
        if (!isConditional() || !other.isConditional()) {
            return isConditional() == other.isConditional();
        }
        return minGrade <= other.maxGrade && other.minGrade <= maxGrade;
    }

    /** The condition in table syntax, e.g. {@code safetyConditionGrade=1-2}; empty without condition. */
    public String condition() {
        if (!isConditional()) {
            return "";
        }
        return GRADE_CONDITION + "=" + (minGrade.equals(maxGrade) ? String.valueOf(minGrade) : minGrade + "-" + maxGrade);
    }

    /**
     * Parses {@code safetyConditionGrade=N} or {@code safetyConditionGrade=N-M}; blank means no
     * condition (null).
     */
    static int[] parseCondition(String condition) {
        if (condition == null || condition.isBlank()) {
            return null;
        }
        Matcher m = CONDITION.matcher(condition);
        if (!m.matches()) {
            throw new IllegalArgumentException("Condition must be " + GRADE_CONDITION + "=N or "
                    + GRADE_CONDITION + "=N-M but was '" + condition + "'");
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        return new int[] {min, max};
    }
}
