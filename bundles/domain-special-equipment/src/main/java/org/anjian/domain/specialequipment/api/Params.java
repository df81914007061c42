package org.anjian.domain.specialequipment.api;

import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;

/** Query parameters and the caller, with errors that name the parameter. */
final class Params {
    private Params() {
    }

    static AnjianPrincipal caller(SecurityContext sc) {
        return CallerPrincipal.of(sc == null ? null : sc.getUserPrincipal())
                .orElseThrow(() -> new ForbiddenException("authentication required"));
    }

    static Integer intOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "must be a whole number");
        }
    }

    static Boolean boolOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(name, "must be true or false");
        };
    }
}
