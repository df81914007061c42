package org.anjian.testkit;

import java.security.Principal;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;
import org.anjian.api.security.Roles;

/** The callers of module tests, and the security context a resource method receives for one. */
public final class TestPrincipals {
    /** A bureau administrator of the whole county. */
    public static final AnjianPrincipal ADMIN = new AnjianPrincipal("admin", Set.of(Roles.ADMIN), "330999", null);
    /** A county leader: reads everything, writes nothing. */
    public static final AnjianPrincipal LEADER = new AnjianPrincipal("leader", Set.of(Roles.LEADER), "330999", null);

    private TestPrincipals() {
    }

    /** A township officer whose jurisdiction is the region-code prefix. */
    public static AnjianPrincipal township(String userId, String prefix) {
        return new AnjianPrincipal(userId, Set.of(Roles.TOWNSHIP), prefix, null);
    }

    /** A grid member of one grid (15-digit code). */
    public static AnjianPrincipal gridMember(String userId, String grid) {
        return new AnjianPrincipal(userId, Set.of(Roles.GRID), grid, null);
    }

    /** A sub-committee officer (专委办) of one department, county-wide. */
    public static AnjianPrincipal departmentOfficer(String userId, String department) {
        return new AnjianPrincipal(userId, Set.of(Roles.SUBCOMMITTEE), "330999", department);
    }

    /** The security context of a request by {@code caller} (null: an unauthenticated request). */
    public static SecurityContext context(AnjianPrincipal caller) {
        Principal principal = caller == null ? null : new CallerPrincipal(caller);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller != null && caller.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "test";
            }
        };
    }
}
