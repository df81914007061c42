package org.anjian.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.Date;
import java.util.Set;

/**
 * Validates access tokens with nimbus-jose-jwt:
 * <ul>
 *   <li>signature: RS256 only, key chosen from the issuer's JWKS by {@code kid} (required) among keys
 *       with {@code use=sig}; unsigned (alg none), HMAC and encrypted tokens are rejected;</li>
 *   <li>JWKS: fetched once and cached ({@code jwksCacheSeconds}); a token with an unknown {@code kid}
 *       triggers a refetch (key rotation), rate limited so that garbage kids cannot hammer the
 *       identity provider;</li>
 *   <li>claims: exact {@code iss}, {@code aud} containing the API, {@code typ} = {@code Bearer} (an
 *       ID token says {@code ID}), required {@code sub exp iat azp}, {@code exp}/{@code nbf}/{@code iat}
 *       within the clock skew.</li>
 * </ul>
 * Thread-safe.
 */
public final class TokenValidator implements Closeable {
    /** Larger bodies are refused: Keycloak's key set is a few kB. */
    static final int JWKS_SIZE_LIMIT = 256 * 1024;
    /** Two fetches at most per interval (nimbus allows one more inside the window). */
    static final long MIN_REFETCH_INTERVAL_MILLIS = 5_000L;

    private final JWKSource<SecurityContext> keys;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public TokenValidator(OidcSettings settings) {
        long ttl = settings.jwksCacheSeconds() * 1000L;
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(settings.jwksTimeoutMillis(),
                settings.jwksTimeoutMillis(), JWKS_SIZE_LIMIT);
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(settings.jwksUri().toURL(), retriever)
                    .cache(ttl, settings.jwksTimeoutMillis() * 2L)
                    .refreshAheadCache(false) // no background threads in the container
                    .rateLimited(Math.min(MIN_REFETCH_INTERVAL_MILLIS, ttl / 2))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("jwksUri: " + e.getMessage(), e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new SigningKeySelector(keys));
        TokenClaimsVerifier verifier = new TokenClaimsVerifier(settings);
        verifier.setMaxClockSkew(settings.clockSkewSeconds());
        processor.setJWTClaimsSetVerifier(verifier);
    }

    /**
     * @return the claims of a valid token
     * @throws ParseException when the token is not a JWT
     * @throws BadJOSEException when it is not valid (signature, claims, type)
     * @throws JOSEException on a key-set retrieval or crypto failure
     */
    public JWTClaimsSet validate(String token) throws ParseException, BadJOSEException, JOSEException {
        return processor.process(token, null);
    }

    @Override
    public void close() throws IOException {
        if (keys instanceof Closeable c) {
            c.close();
        }
    }

    /** RS256 only, by {@code kid}, among RSA keys with {@code use=sig} (an unspecified use is not enough). */
    static final class SigningKeySelector extends JWSVerificationKeySelector<SecurityContext> {
        SigningKeySelector(JWKSource<SecurityContext> keys) {
            super(JWSAlgorithm.RS256, keys);
        }

        @Override
        protected JWKMatcher createJWKMatcher(JWSHeader header) {
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || header.getKeyID() == null) {
                return null; // no candidate keys: rejected
            }
            return new JWKMatcher.Builder()
                    .keyType(KeyType.RSA)
                    .keyID(header.getKeyID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithms(JWSAlgorithm.RS256, null)
                    .build();
        }
    }

    /** Nimbus's claims checks plus: {@code iat} must not lie in the future (beyond the skew). */
    static final class TokenClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
        TokenClaimsVerifier(OidcSettings s) {
            super(Set.of(s.audience()),
                    new JWTClaimsSet.Builder().issuer(s.issuer()).claim("typ", "Bearer").build(),
                    Set.of("sub", "exp", "iat", "azp"),
                    null);
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Date iat = claims.getIssueTime();
            long latest = System.currentTimeMillis() + getMaxClockSkew() * 1000L;
            if (iat == null || iat.getTime() > latest) {
                throw new BadJWTException("JWT issued in the future");
            }
        }
    }
}
