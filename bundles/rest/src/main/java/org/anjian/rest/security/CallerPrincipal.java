package org.anjian.rest.security;

import java.security.Principal;
import org.anjian.api.security.AnjianPrincipal;

/** The authenticated caller as a JAX-RS principal. */
public record CallerPrincipal(AnjianPrincipal principal) implements Principal {
    @Override
    public String getName() {
        return principal.userId();
    }
}
