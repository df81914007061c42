package org.anjian.security.oidc;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The validated settings of the bearer authenticator: a plain value, so that the validator and the
 * tests need no configuration-annotation proxies.
 */
public record OidcSettings(String issuer, URI jwksUri, String audience, int clockSkewSeconds,
        int jwksCacheSeconds, int jwksTimeoutMillis, String regionClaim, String departmentClaim, String clientId) {

    static final String CERTS_PATH = "/protocol/openid-connect/certs";
    static final int MAX_CLOCK_SKEW_SECONDS = 300;
    /** Nimbus's rate limiter needs a cache lifetime above its refetch interval. */
    static final int MIN_CACHE_SECONDS = 10;

    public OidcSettings {
        issuer = require("issuer", issuer);
        audience = require("audience", audience);
        regionClaim = require("regionClaim", regionClaim);
        departmentClaim = require("departmentClaim", departmentClaim);
        clientId = require("clientId", clientId);
        if (jwksUri == null) {
            jwksUri = defaultJwksUri(issuer);
        }
        if (!("https".equals(jwksUri.getScheme()) || "http".equals(jwksUri.getScheme())) || jwksUri.getHost() == null) {
            throw new IllegalArgumentException("jwksUri must be an absolute http(s) URL: " + jwksUri);
        }
        if (clockSkewSeconds < 0 || clockSkewSeconds > MAX_CLOCK_SKEW_SECONDS) {
            throw new IllegalArgumentException("clockSkewSeconds must be within 0.." + MAX_CLOCK_SKEW_SECONDS);
        }
        if (jwksCacheSeconds < MIN_CACHE_SECONDS) {
            throw new IllegalArgumentException("jwksCacheSeconds must be at least " + MIN_CACHE_SECONDS);
        }
        if (jwksTimeoutMillis <= 0) {
            throw new IllegalArgumentException("jwksTimeoutMillis must be positive");
        }
    }

    /** Settings with the defaults of {@link OidcConfig} for everything but the issuer. */
    public static OidcSettings defaults(String issuer) {
        return new OidcSettings(issuer, null, "anjian-api", 60, 300, 3000, "region_code", "department", "anjian-api");
    }

    public static OidcSettings from(OidcConfig c) {
        String jwks = c.jwksUri() == null ? "" : c.jwksUri().strip();
        URI uri;
        try {
            uri = jwks.isEmpty() ? null : new URI(jwks);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("jwksUri is not a URL: " + jwks, e);
        }
        return new OidcSettings(strip(c.issuer()), uri, strip(c.audience()), c.clockSkewSeconds(),
                c.jwksCacheSeconds(), c.jwksTimeoutMillis(), strip(c.regionClaim()), strip(c.departmentClaim()),
                strip(c.clientId()));
    }

    public OidcSettings withJwksUri(URI uri) {
        return new OidcSettings(issuer, uri, audience, clockSkewSeconds, jwksCacheSeconds, jwksTimeoutMillis,
                regionClaim, departmentClaim, clientId);
    }

    public OidcSettings withClockSkewSeconds(int seconds) {
        return new OidcSettings(issuer, jwksUri, audience, seconds, jwksCacheSeconds, jwksTimeoutMillis,
                regionClaim, departmentClaim, clientId);
    }

    /** Keycloak's key set endpoint: the issuer (without a trailing slash) + {@value #CERTS_PATH}. */
    static URI defaultJwksUri(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        try {
            return new URI(base + CERTS_PATH);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("issuer is not a URL: " + issuer, e);
        }
    }

    private static String require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
