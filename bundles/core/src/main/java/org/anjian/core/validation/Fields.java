package org.anjian.core.validation;

import org.anjian.api.common.ValidationException;

/** Checks of text fields, reported with the field's name. */
public final class Fields {
    private Fields() {
    }

    /** Present, not blank, at most {@code max} characters. */
    public static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        optional(field, value, max);
    }

    /** Absent, or at most {@code max} characters. */
    public static void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, "at most " + max + " characters");
        }
    }
}
