package org.anjian.api.security;

import java.util.Set;

/**
 * Who is calling: a user id, roles, and a jurisdiction (a region-code prefix; empty means the whole
 * installation) and department. Produced by an {@link Authenticator}; the services scope every read
 * and write by it.
 */
public record AnjianPrincipal(String userId, Set<String> roles, String jurisdiction, String department) {

    public AnjianPrincipal {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        roles = Set.copyOf(roles);
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
    }

    /** The platform itself (schedulers, loaders, shell commands run by IT staff). */
    public static AnjianPrincipal system(String name) {
        return new AnjianPrincipal(name, Set.of(Roles.ADMIN, Roles.SYSTEM), "", null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when the region code lies inside this caller's jurisdiction. */
    public boolean covers(String regionCode) {
        return jurisdiction.isEmpty() || (regionCode != null && regionCode.startsWith(jurisdiction));
    }

    /**
     * True when a record of this region and grid lies inside the jurisdiction. A grid member's
     * jurisdiction is a grid code (15 digits): it covers the records of that grid only.
     */
    public boolean covers(String regionCode, String gridCode) {
        return isGridJurisdiction() ? gridCode != null && gridCode.startsWith(jurisdiction) : covers(regionCode);
    }

    /** True when the jurisdiction is a single grid (longer than a 12-digit village code). */
    public boolean isGridJurisdiction() {
        return jurisdiction.length() > 12;
    }
}
