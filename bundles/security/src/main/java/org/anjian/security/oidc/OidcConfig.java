package org.anjian.security.oidc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link BearerAuthenticator} (PID {@code org.anjian.security.oidc}). */
@ObjectClassDefinition(name = "Anjian single sign-on (OIDC bearer tokens)",
        description = "Accepts access tokens issued by the identity provider (Keycloak realm 'anjian').")
public @interface OidcConfig {

    @AttributeDefinition(description = "Accept bearer tokens (the API server skips authenticators with enabled=false)")
    boolean enabled() default true;

    @AttributeDefinition(description = "Exact issuer ('iss'), e.g. http://127.0.0.1:8180/realms/anjian. Required.")
    String issuer();

    @AttributeDefinition(required = false,
            description = "JWKS URL; empty means issuer + /protocol/openid-connect/certs")
    String jwksUri() default "";

    @AttributeDefinition(description = "Audience the token must name in 'aud' (the API client)")
    String audience() default "anjian-api";

    @AttributeDefinition(description = "Tolerated clock difference for exp/nbf/iat, in seconds (0-300)")
    int clockSkewSeconds() default 60;

    @AttributeDefinition(description = "How long the key set is cached, in seconds (a token with an unknown kid "
            + "triggers an earlier, rate-limited refetch)")
    int jwksCacheSeconds() default 300;

    @AttributeDefinition(description = "Connect and read timeout for fetching the key set, in milliseconds")
    int jwksTimeoutMillis() default 3000;

    @AttributeDefinition(description = "Claim holding the region code (12-digit division or 15-digit grid code)")
    String regionClaim() default "region_code";

    @AttributeDefinition(description = "Claim holding the department")
    String departmentClaim() default "department";

    @AttributeDefinition(description = "Client whose client roles (resource_access.<clientId>.roles) are added")
    String clientId() default "anjian-api";
}
