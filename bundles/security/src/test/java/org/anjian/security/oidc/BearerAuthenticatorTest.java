package org.anjian.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.anjian.api.security.AnjianPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens shaped like Keycloak's, signed with generated keys, checked against a JWKS served locally. */
class BearerAuthenticatorTest {
    static final String ISSUER = "http://127.0.0.1:8180/realms/anjian";

    static RSAKey signingKey;
    static RSAKey encryptionKey;
    static RSAKey attackerKey;

    JwksServer jwks;
    BearerAuthenticator authenticator;

    @BeforeAll
    static void keys() throws Exception {
        signingKey = new RSAKeyGenerator(2048).keyID("sig-1").keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        // Keycloak publishes an encryption key next to the signing key
        encryptionKey = new RSAKeyGenerator(2048).keyID("enc-1").keyUse(KeyUse.ENCRYPTION).generate();
        // the attacker's own key, labelled with the real key id
        attackerKey = new RSAKeyGenerator(2048).keyID("sig-1").keyUse(KeyUse.SIGNATURE).generate();
    }

    @BeforeEach
    void start() throws Exception {
        jwks = new JwksServer(signingKey, encryptionKey);
        authenticator = BearerAuthenticator.of(OidcSettings.defaults(ISSUER).withJwksUri(jwks.uri()));
    }

    @AfterEach
    void stop() {
        authenticator.deactivate();
        jwks.close();
    }

    /** The claims of a demo-chengguan access token as Keycloak issues it. */
    static JWTClaimsSet.Builder accessToken() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("a8077767-c7e0-4355-bece-ce763f6568d4")
                .audience(List.of("anjian-api", "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID("onrtro:" + now.toEpochMilli())
                .claim("typ", "Bearer")
                .claim("azp", "anjian-console")
                .claim("preferred_username", "demo-chengguan")
                .claim("realm_access", Map.of("roles", List.of("township-officer", "offline_access")))
                .claim("resource_access", Map.of("anjian-api", Map.of("roles", List.of("report-reader"))))
                .claim("region_code", "330999001000")
                .claim("department", "城关街道办事处");
    }

    static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        return sign(new RSASSASigner(key), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
    }

    static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    static String valid() throws Exception {
        return sign(signingKey, accessToken().build());
    }

    static String with(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(signingKey, change.apply(accessToken()).build());
    }

    Optional<AnjianPrincipal> auth(String token) {
        return authenticator.authenticate(token);
    }

    @Test
    void validTokenGivesThePrincipal() throws Exception {
        AnjianPrincipal p = auth(valid()).orElseThrow();
        assertThat(p.userId()).isEqualTo("demo-chengguan");
        assertThat(p.roles()).contains("township-officer", "report-reader");
        assertThat(p.jurisdiction()).isEqualTo("330999001");
        assertThat(p.department()).isEqualTo("城关街道办事处");
        assertThat(p.covers("330999001001")).isTrue();
        assertThat(p.covers("330999101000")).isFalse();
        assertThat(authenticator.scheme()).isEqualTo("Bearer");
    }

    @Test
    void noTokenOrGarbage() {
        assertThat(auth(null)).isEmpty();
        assertThat(auth("")).isEmpty();
        assertThat(auth("   ")).isEmpty();
        assertThat(auth("not-a-jwt")).isEmpty();
        assertThat(auth("a.b.c")).isEmpty();
        assertThat(auth("eyJhbGciOiJSUzI1NiJ9..")).isEmpty();
        assertThat(auth("x".repeat(BearerAuthenticator.MAX_TOKEN_LENGTH + 1))).isEmpty();
    }

    @Test
    void expiredBeyondTheSkewIsRefused() throws Exception {
        Instant now = Instant.now();
        assertThat(auth(with(b -> b.issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(120)))))).isEmpty();
    }

    @Test
    void expiredWithinTheSkewIsTolerated() throws Exception {
        Instant now = Instant.now();
        assertThat(auth(with(b -> b.issueTime(Date.from(now.minusSeconds(330)))
                .expirationTime(Date.from(now.minusSeconds(30)))))).isPresent();
    }

    @Test
    void notYetValidIsRefused() throws Exception {
        Instant now = Instant.now();
        assertThat(auth(with(b -> b.notBeforeTime(Date.from(now.plusSeconds(300)))))).isEmpty();
        assertThat(auth(with(b -> b.issueTime(Date.from(now.plusSeconds(300)))
                .expirationTime(Date.from(now.plusSeconds(600)))))).isEmpty();
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        assertThat(auth(with(b -> b.issuer("http://localhost:8180/realms/anjian")))).isEmpty();
        assertThat(auth(with(b -> b.issuer("http://127.0.0.1:8180/realms/other")))).isEmpty();
        assertThat(auth(with(b -> b.issuer(null)))).isEmpty();
    }

    @Test
    void wrongOrMissingAudienceIsRefused() throws Exception {
        assertThat(auth(with(b -> b.audience("account")))).isEmpty();
        assertThat(auth(with(b -> b.audience((String) null)))).isEmpty();
    }

    @Test
    void missingRequiredClaimsAreRefused() throws Exception {
        assertThat(auth(with(b -> b.subject(null)))).isEmpty();
        assertThat(auth(with(b -> b.claim("azp", null)))).isEmpty();
        assertThat(auth(with(b -> b.issueTime(null)))).isEmpty();
        assertThat(auth(with(b -> b.expirationTime(null)))).isEmpty();
        assertThat(auth(with(b -> b.claim("typ", null)))).isEmpty();
    }

    @Test
    void unsignedAlgNoneIsRefused() throws Exception {
        String plain = new PlainJWT(accessToken().build()).serialize();
        assertThat(plain).endsWith(".");
        assertThat(auth(plain)).isEmpty();
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String[] parts = valid().split("\\.");
        JWTClaimsSet elevated = accessToken()
                .claim("realm_access", Map.of("roles", List.of("bureau-admin")))
                .claim("region_code", "330999000000").build();
        String forged = parts[0] + "." + Base64URL.encode(elevated.toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(auth(forged)).isEmpty();
    }

    @Test
    void foreignKeyCarryingTheRealKidIsRefused() throws Exception {
        assertThat(attackerKey.getKeyID()).isEqualTo(signingKey.getKeyID());
        assertThat(auth(sign(attackerKey, accessToken().build()))).isEmpty();
    }

    @Test
    void hs256WithThePublicKeyAsSecretIsRefused() throws Exception {
        byte[] publicKeyBytes = signingKey.toRSAPublicKey().getEncoded();
        String token = sign(new MACSigner(publicKeyBytes),
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(), accessToken().build());
        assertThat(auth(token)).isEmpty();
        // and the same with the JWK's modulus as secret
        String token2 = sign(new MACSigner(signingKey.getModulus().decode()),
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(), accessToken().build());
        assertThat(auth(token2)).isEmpty();
    }

    @Test
    void idTokenUsedAsBearerIsRefused() throws Exception {
        assertThat(auth(with(b -> b.claim("typ", "ID")))).isEmpty();
        assertThat(auth(with(b -> b.claim("typ", "Refresh")))).isEmpty();
    }

    @Test
    void missingOrInvalidRegionIsRefused() throws Exception {
        assertThat(auth(with(b -> b.claim("region_code", null)))).isEmpty();
        assertThat(auth(with(b -> b.claim("region_code", "")))).isEmpty();
        assertThat(auth(with(b -> b.claim("region_code", "3309990010")))).isEmpty();
    }

    @Test
    void otherAlgorithmsAndKeysAreRefused() throws Exception {
        // RS512 with the real key: only RS256 is accepted
        String rs512 = sign(new RSASSASigner(signingKey), new JWSHeader.Builder(JWSAlgorithm.RS512)
                .keyID(signingKey.getKeyID()).build(), accessToken().build());
        assertThat(auth(rs512)).isEmpty();
        // signed with the encryption key (use=enc) under its own kid
        assertThat(auth(sign(encryptionKey, accessToken().build()))).isEmpty();
        // no kid at all
        String noKid = sign(new RSASSASigner(signingKey), new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                accessToken().build());
        assertThat(auth(noKid)).isEmpty();
    }

    @Test
    void keySetIsFetchedOnceForManyValidations() throws Exception {
        String token = valid();
        for (int i = 0; i < 200; i++) {
            assertThat(auth(token)).isPresent();
        }
        assertThat(auth(valid())).isPresent();
        assertThat(jwks.requests()).isEqualTo(1);
    }

    @Test
    void keySetIsRefetchedWhenANewKidAppears() throws Exception {
        assertThat(auth(valid())).isPresent();
        assertThat(jwks.requests()).isEqualTo(1);

        // the identity provider rotates: a new signing key next to the old one
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("sig-2").keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).generate();
        jwks.publish(signingKey, rotated, encryptionKey);
        String newToken = sign(rotated, accessToken().build());
        assertThat(auth(newToken)).isPresent();
        assertThat(jwks.requests()).isEqualTo(2);
        // both keys now known: no more fetches
        assertThat(auth(newToken)).isPresent();
        assertThat(auth(valid())).isPresent();
        assertThat(jwks.requests()).isEqualTo(2);

        // unknown kids do not hammer the identity provider: refetches are rate limited
        RSAKey unknown = new RSAKeyGenerator(2048).keyID("sig-unknown").generate();
        for (int i = 0; i < 20; i++) {
            assertThat(auth(sign(unknown, accessToken().build()))).isEmpty();
        }
        assertThat(jwks.requests()).isLessThanOrEqualTo(3);
        // and valid tokens still pass meanwhile
        assertThat(auth(valid())).isPresent();
    }

    @Test
    void unreachableKeySetMeansNoAccessNotAnException() throws Exception {
        jwks.close();
        BearerAuthenticator offline = BearerAuthenticator.of(OidcSettings.defaults(ISSUER)
                .withJwksUri(jwks.uri()));
        try {
            assertThat(offline.authenticate(valid())).isEmpty();
        } finally {
            offline.deactivate();
        }
    }
}
