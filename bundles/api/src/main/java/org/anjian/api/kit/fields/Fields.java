package org.anjian.api.kit.fields;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.anjian.api.common.ValidationException;

/**
 * Checks of request fields and query parameters that a request type's Bean Validation constraints do not express.
 * Every failure is a {@link ValidationException} naming the field, in the platform's words ("is required", "at most
 * 200 characters").
 */
public final class Fields {
    private Fields() {
    }

    /** The request body; absent is a 400 naming {@code body}. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }

    /** Null when absent or blank; otherwise stripped. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Present and not blank, stripped. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return value.strip();
    }

    /** Present, not blank and at most {@code maxLength} characters, stripped. */
    public static String required(String field, String value, int maxLength) {
        return optional(field, required(field, value), maxLength);
    }

    /** Null when absent or blank; otherwise stripped and at most {@code maxLength} characters. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, "at most " + maxLength + " characters");
        }
        return v;
    }

    /** Must be absent: the request's action does not take this field. */
    public static void absent(String field, Object value, String why) {
        if (value != null) {
            throw new ValidationException(field, why);
        }
    }

    /** A required enum constant by its name (case-insensitive); the message lists the allowed names. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        E e = optionalEnum(field, value, type);
        if (e == null) {
            throw new ValidationException(field, "is required, one of " + names(type));
        }
        return e;
    }

    /** An optional enum constant by its name (case-insensitive). */
    public static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be one of " + names(type));
        }
    }

    /** The value must be one of the allowed enum constants (e.g. a status a request may set). */
    @SafeVarargs
    public static <E extends Enum<E>> E oneOf(String field, E value, E... allowed) {
        Set<E> ok = Set.of(allowed);
        if (value == null || !ok.contains(value)) {
            throw new ValidationException(field, "must be " + Arrays.stream(allowed).map(Enum::name)
                    .collect(Collectors.joining(" or ")));
        }
        return value;
    }

    /** A required ISO-8601 instant: {@code 2026-06-15T10:00:00+08:00} or {@code 2026-06-15T02:00:00Z}. */
    public static Instant instant(String field, String value) {
        Instant at = optionalInstant(field, value);
        if (at == null) {
            throw new ValidationException(field, "is required");
        }
        return at;
    }

    /** An optional ISO-8601 instant with its offset. */
    public static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 date-time with offset, e.g. "
                    + "2026-06-15T10:00:00+08:00");
        }
    }

    /** A required calendar date {@code yyyy-MM-dd}. */
    public static LocalDate date(String field, String value) {
        LocalDate d = optionalDate(field, value);
        if (d == null) {
            throw new ValidationException(field, "is required");
        }
        return d;
    }

    /** An optional calendar date {@code yyyy-MM-dd}. */
    public static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date yyyy-MM-dd");
        }
    }

    /** Not after the clock's now. */
    public static Instant notInFuture(String field, Instant at, Clock clock) {
        if (at != null && at.isAfter(clock.instant())) {
            throw new ValidationException(field, "must not be in the future");
        }
        return at;
    }

    /** Not after the clock's today (in the clock's zone). */
    public static LocalDate notInFuture(String field, LocalDate day, Clock clock) {
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            throw new ValidationException(field, "must not be in the future");
        }
        return day;
    }

    /** A required finite number. */
    public static double finite(String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new ValidationException(field, "is required (a finite number)");
        }
        return value;
    }

    /** An optional finite number. */
    public static Double optionalFinite(String field, Double value) {
        return value == null ? null : finite(field, value);
    }

    /** An optional whole number within [min, max]. */
    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** A query parameter that must be a whole number when present. */
    public static Integer intParam(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }

    /** A query parameter that must be {@code true} or {@code false} when present. */
    public static Boolean boolParam(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(field, "must be true or false");
        };
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
