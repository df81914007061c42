package org.anjian.core.validation;

import org.anjian.api.common.ValidationException;

/** Presence checks that depend on the request (an action's own fields), reported with the field's name. */
public final class Fields {
    private Fields() {
    }

    /** Present and not blank; lengths are the request type's declared constraints. */
    public static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "is required");
        }
    }

    /** Absent: the request's action does not take this field. */
    public static void absent(String field, Object value, String why) {
        if (value != null) {
            throw new ValidationException(field, why);
        }
    }
}
