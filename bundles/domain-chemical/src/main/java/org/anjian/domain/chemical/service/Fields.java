package org.anjian.domain.chemical.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.anjian.api.common.ValidationException;

/** Checks of request fields: every failure names the field. */
public final class Fields {
    private Fields() {
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new ValidationException("body", "a JSON body is required");
        }
        return body;
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        return optional(field, value, maxLength);
    }

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

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        String v = required(field, value, 64);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "unknown value " + v + ", one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Instant instant(String field, String value) {
        String v = required(field, value, 64);
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z");
        }
    }

    public static double finite(String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new ValidationException(field, "is required (a finite number)");
        }
        return value;
    }

    public static Double optionalFinite(String field, Double value) {
        return value == null ? null : finite(field, value);
    }

    /** A query parameter that must be an integer when present. */
    public static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }

    /** A query parameter that must be true or false when present. */
    public static Boolean optionalBoolean(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ValidationException(field, "must be true or false");
        }
        return Boolean.valueOf(v);
    }
}
