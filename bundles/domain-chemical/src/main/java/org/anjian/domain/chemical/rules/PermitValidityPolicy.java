package org.anjian.domain.chemical.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maximum validity of special work permits (作业票) per type and grade, as configuration.
 *
 * <p>Keys are {@code TYPE} or {@code TYPE:GRADE} with the enum names of {@link SpecialWorkType} and
 * {@link SpecialWorkGrade}, e.g. {@code CONFINED_SPACE} or {@code HOT_WORK:GRADE2}. A grade-specific key
 * wins over the type key.
 *
 * <p>{@link #defaults()} (DOMAIN.md 1.3; only the one-shift rule for 特级/一级 hot work has a source):
 * <ul>
 * <li>{@code HOT_WORK:SPECIAL} and {@code HOT_WORK:GRADE1}: 8 h [P];</li>
 * <li>{@code HOT_WORK:GRADE2}: 72 h [P];</li>
 * <li>{@code CONFINED_SPACE}: 24 h [U];</li>
 * <li>{@code TEMPORARY_POWER}: 15 days [U] (DOMAIN.md: normally ≤ 15 d, at most 30 d; a bureau that
 * allows the extension configures 30 d);</li>
 * <li>{@code BLIND_PLATE}, {@code WORK_AT_HEIGHT}, {@code LIFTING}, {@code EXCAVATION},
 * {@code ROAD_CLOSURE}: 24 h [U], a conservative placeholder (one day, re-issued daily) because no
 * source was found; replace with the bureau's or the standard's value.</li>
 * </ul>
 */
public final class PermitValidityPolicy {
    private static final Map<String, Duration> DEFAULTS;

    static {
        Map<String, Duration> d = new LinkedHashMap<>();
        d.put("HOT_WORK:SPECIAL", Duration.ofHours(8));
        d.put("HOT_WORK:GRADE1", Duration.ofHours(8));
        d.put("HOT_WORK:GRADE2", Duration.ofHours(72));
        d.put("CONFINED_SPACE", Duration.ofHours(24));
        d.put("TEMPORARY_POWER", Duration.ofDays(15));
        d.put("BLIND_PLATE", Duration.ofHours(24));
        d.put("WORK_AT_HEIGHT", Duration.ofHours(24));
        d.put("LIFTING", Duration.ofHours(24));
        d.put("EXCAVATION", Duration.ofHours(24));
        d.put("ROAD_CLOSURE", Duration.ofHours(24));
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private final Map<SpecialWorkType, Duration> byType = new EnumMap<>(SpecialWorkType.class);
    private final Map<SpecialWorkType, Map<SpecialWorkGrade, Duration>> byGrade = new EnumMap<>(SpecialWorkType.class);

    /**
     * @param maxValidity maximum validity per {@code TYPE} or {@code TYPE:GRADE} key
     * @throws IllegalArgumentException naming the key when it is unknown, names a grade the type does not
     *                                  have, or maps to a duration that is not positive
     */
    public PermitValidityPolicy(Map<String, Duration> maxValidity) {
        Objects.requireNonNull(maxValidity, "maxValidity");
        for (Map.Entry<String, Duration> entry : maxValidity.entrySet()) {
            String key = entry.getKey() == null ? "" : entry.getKey().trim();
            String field = "maxValidity[" + key + "]";
            Duration duration = entry.getValue();
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(field + " must be a positive duration, was " + duration);
            }
            int colon = key.indexOf(':');
            SpecialWorkType type = parse(SpecialWorkType.class, colon < 0 ? key : key.substring(0, colon), field);
            if (colon < 0) {
                byType.put(type, duration);
                continue;
            }
            SpecialWorkGrade grade = parse(SpecialWorkGrade.class, key.substring(colon + 1), field);
            if (!type.isGraded() || !type.accepts(grade)) {
                throw new IllegalArgumentException(field + ": " + grade + " is not a grade of " + type.chineseName());
            }
            byGrade.computeIfAbsent(type, t -> new EnumMap<>(SpecialWorkGrade.class)).put(grade, duration);
        }
    }

    /** The defaults of DOMAIN.md 1.3, see the class comment. */
    public static PermitValidityPolicy defaults() {
        return new PermitValidityPolicy(DEFAULTS);
    }

    /** The default configuration, for editing: a copy that the caller may change. */
    public static Map<String, Duration> defaultMaxValidity() {
        return new LinkedHashMap<>(DEFAULTS);
    }

    /**
     * The longest allowed validity for a permit of this type and grade.
     *
     * @param grade the grade, required for a graded type and {@code null} for an ungraded one
     * @throws IllegalArgumentException naming {@code type} or {@code grade} when missing or invalid
     * @throws IllegalStateException    when the configuration has no entry for the type
     */
    public Duration maxValidity(SpecialWorkType type, SpecialWorkGrade grade) {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        if (!type.accepts(grade)) {
            if (grade == null) {
                throw new IllegalArgumentException("grade is required for " + type.chineseName() + ", one of "
                        + type.grades());
            }
            throw new IllegalArgumentException("grade " + grade + " is not a grade of " + type.chineseName()
                    + (type.isGraded() ? ", one of " + type.grades() : ", which has no grades"));
        }
        Duration specific = grade == null ? null : byGrade.getOrDefault(type, Map.of()).get(grade);
        if (specific != null) {
            return specific;
        }
        Duration general = byType.get(type);
        if (general == null) {
            throw new IllegalStateException("no maximum validity configured for " + type
                    + (grade == null ? "" : " or " + type + ":" + grade));
        }
        return general;
    }

    /**
     * Checks a permit's validity window.
     *
     * @throws IllegalArgumentException naming {@code type}, {@code grade}, {@code validFrom} or
     *                                  {@code validUntil}: missing values, a grade the type does not have,
     *                                  {@code validUntil} not after {@code validFrom}, or a window longer
     *                                  than {@link #maxValidity}
     */
    public void check(SpecialWorkType type, SpecialWorkGrade grade, Instant validFrom, Instant validUntil) {
        Duration max = maxValidity(type, grade);
        if (validFrom == null) {
            throw new IllegalArgumentException("validFrom is required");
        }
        if (validUntil == null) {
            throw new IllegalArgumentException("validUntil is required");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil must be after validFrom (" + validFrom + "), was "
                    + validUntil);
        }
        Duration window = Duration.between(validFrom, validUntil);
        if (window.compareTo(max) > 0) {
            throw new IllegalArgumentException("validUntil: the permit would be valid for " + window
                    + ", longer than the maximum " + max + " for " + type.chineseName()
                    + (grade == null ? "" : " " + type.gradeName(grade)));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown " + type.getSimpleName() + " " + name);
        }
    }
}
