package org.anjian.domain.construction.rules;

import java.util.List;
import java.util.Objects;

/**
 * One row of the criteria table: rule {@code CATEGORY[.VALUE][.parameter]}, the level it establishes, and its
 * threshold: a number (the parameter at least that, inclusive as "及以上"), a set of values ({@code A|B}), or none
 * (the flag parameter is true; with no parameter, every work of the category or of the selected value).
 */
public record Criterion(String rule, WorkCategory category, String selected, String parameter, Level level,
                        Double threshold, List<String> values, String text, String source) {
    public Criterion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level, "level");
        values = List.copyOf(values);
    }

    /** The rule's key as shown in an assessment's basis: {@code EXCAVATION.depthM.dangerous}. */
    public String key() {
        return rule + "." + (level == Level.BEYOND_SCALE ? "beyondScale" : "dangerous");
    }

    /** The text with the threshold in force ({@code {t}} replaced). */
    public String describe() {
        return threshold == null ? text : text.replace("{t}", plain(threshold));
    }

    public Criterion withThreshold(double value) {
        return new Criterion(rule, category, selected, parameter, level, value, values, text, source);
    }

    static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
