package org.anjian.core.access;

import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;

/**
 * The one place where the caller's roles and jurisdiction are enforced. Reads outside the
 * jurisdiction look like missing records (404); writes by read-only roles or outside the
 * jurisdiction are refused (403).
 */
public final class Access {
    /** A prefix no region code has: the result of a filter outside the jurisdiction. */
    public static final String NOTHING = "#";

    private Access() {
    }

    public static void requireWriter(AnjianPrincipal caller) {
        if (caller.roles().stream().noneMatch(Roles.WRITERS::contains)) {
            throw new ForbiddenException("user " + caller.userId() + " may read but not change records");
        }
    }

    public static void requireAdmin(AnjianPrincipal caller) {
        if (!caller.hasAnyRole(Roles.ADMIN, Roles.SYSTEM)) {
            throw new ForbiddenException("only a bureau administrator may do this");
        }
    }

    /** A filter prefix longer than a village code selects by grid. */
    public static boolean isGridPrefix(String prefix) {
        return prefix.length() > RegionCode.DIVISION_LENGTH;
    }

    public static void requireWithin(AnjianPrincipal caller, String regionCode, String gridCode) {
        if (!caller.covers(regionCode, gridCode)) {
            throw new ForbiddenException("region " + regionCode + " is outside the jurisdiction of " + caller.userId());
        }
    }

    /**
     * The region prefix a query may use: the caller's jurisdiction narrowed by the requested filter.
     * A filter may be a significant prefix (digits) or a full region code.
     */
    public static String effectivePrefix(AnjianPrincipal caller, String field, String requested) {
        String jurisdiction = caller.jurisdiction();
        if (requested == null || requested.isBlank()) {
            return jurisdiction;
        }
        String wanted = requested.strip();
        if (!wanted.chars().allMatch(Character::isDigit) || wanted.length() > RegionCode.GRID_LENGTH) {
            throw new ValidationException(field, "must be a region code or a prefix of digits");
        }
        if (RegionCode.isValid(wanted)) {
            wanted = RegionCode.prefix(wanted);
        }
        if (wanted.startsWith(jurisdiction)) {
            return wanted;
        }
        if (jurisdiction.startsWith(wanted)) {
            return jurisdiction;
        }
        return NOTHING;
    }
}
