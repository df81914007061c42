package org.anjian.api.security;

import java.security.Principal;
import java.util.Optional;

/**
 * The authenticated caller as a {@link Principal}: what {@code SecurityContext.getUserPrincipal()}
 * returns for every request the platform authenticated, platform and domain endpoints alike.
 */
public record CallerPrincipal(AnjianPrincipal principal) implements Principal {
    @Override
    public String getName() {
        return principal.userId();
    }

    /** The Anjian principal behind a request's user principal, if the platform authenticated it. */
    public static Optional<AnjianPrincipal> of(Principal principal) {
        return principal instanceof CallerPrincipal c ? Optional.of(c.principal()) : Optional.empty();
    }
}
