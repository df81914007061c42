package org.anjian.rest.security;

import org.anjian.api.security.CallerPrincipal;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.security.AnjianPrincipal;

/** The caller of the current request, as set by {@link AuthenticationFilter}. */
public final class Callers {
    private Callers() {
    }

    public static AnjianPrincipal of(SecurityContext sc) {
        if (sc != null && sc.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.principal();
        }
        throw new NotAuthorizedException("Basic realm=\"anjian\"");
    }
}
