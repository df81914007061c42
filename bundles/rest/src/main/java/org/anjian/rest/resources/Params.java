package org.anjian.rest.resources;

import java.util.Locale;
import org.anjian.api.common.ValidationException;

/** Parsing of query parameters into typed values, with a 400 naming the parameter. */
final class Params {
    private Params() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
            }
            throw new ValidationException(field, "must be one of " + allowed);
        }
    }

    static Integer intOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }

    static Boolean boolOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(field, "must be true or false");
        };
    }

    static long idOf(String field, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a number");
        }
    }
}
