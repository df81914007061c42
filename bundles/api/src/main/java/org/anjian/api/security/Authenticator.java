package org.anjian.api.security;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Optional;

/**
 * Turns the HTTP {@code Authorization} header into a principal. Registered as a service; the REST
 * layer asks every authenticator whose {@link #scheme()} matches. HTTP basic against Karaf JAAS is
 * the demo implementation; bearer tokens from Keycloak plug in the same way.
 */
@ProviderType
public interface Authenticator {

    /** The authorization scheme handled, e.g. {@code Basic} or {@code Bearer} (case-insensitive). */
    String scheme();

    /**
     * @param credentials the header value after the scheme and one space
     * @return the principal, or empty when the credentials are not valid
     */
    Optional<AnjianPrincipal> authenticate(String credentials);
}
