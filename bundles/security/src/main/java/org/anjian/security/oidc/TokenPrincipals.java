package org.anjian.security.oidc;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;

/**
 * Turns the claims of a validated access token into an Anjian principal (pure: no I/O, no state).
 * <ul>
 *   <li>user id: {@code preferred_username}, else {@code sub};</li>
 *   <li>roles: {@code realm_access.roles} ∪ {@code resource_access.<clientId>.roles}, without
 *       {@link Roles#SYSTEM} (reserved for the platform itself: no token can grant it);</li>
 *   <li>jurisdiction: {@link RegionCode#prefix(String)} of the region claim. A missing or invalid
 *       region code gives no principal (no access): an empty jurisdiction would mean everywhere;</li>
 *   <li>department: the department claim, if a non-blank string.</li>
 * </ul>
 */
public final class TokenPrincipals {

    private TokenPrincipals() {
    }

    /**
     * @param claims the claims of a token whose signature, issuer, audience, type and lifetime were checked
     */
    public static Optional<AnjianPrincipal> toPrincipal(Map<String, Object> claims, String regionClaim,
            String departmentClaim, String clientId) {
        String userId = string(claims.get("preferred_username"));
        if (userId == null) {
            userId = string(claims.get("sub"));
        }
        if (userId == null) {
            return Optional.empty();
        }
        String region = string(claims.get(regionClaim));
        if (region == null || !RegionCode.isValid(region)) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        addRoles(roles, claims.get("realm_access"));
        if (claims.get("resource_access") instanceof Map<?, ?> resources) {
            addRoles(roles, resources.get(clientId));
        }
        roles.remove(Roles.SYSTEM);
        return Optional.of(new AnjianPrincipal(userId, roles, RegionCode.prefix(region),
                string(claims.get(departmentClaim))));
    }

    /** Adds the strings of {@code access.roles}, where {@code access} is a {@code {"roles": [...]}} object. */
    private static void addRoles(Set<String> into, Object access) {
        if (access instanceof Map<?, ?> m && m.get("roles") instanceof Collection<?> roles) {
            for (Object r : roles) {
                String role = string(r);
                if (role != null) {
                    into.add(role);
                }
            }
        }
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
