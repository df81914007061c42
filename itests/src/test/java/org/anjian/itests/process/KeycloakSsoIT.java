package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on against a real Keycloak: the distribution validates the server's bearer tokens,
 * scopes every query by the token's jurisdiction, and refuses forged, tampered and misused tokens.
 */
class KeycloakSsoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KeycloakServer keycloak;
    private static KarafProcess karaf;

    @BeforeAll
    static void start() throws Exception {
        Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        keycloak = new KeycloakServer(target.getParent().getParent());
        keycloak.start();
        System.out.printf("MEASURE Keycloak start (realm import) to ready: %.1f s%n", keycloak.startTime().toMillis() / 1000.0);
        Path runtime = target.resolve("sso-it");
        KarafProcess.deleteRecursively(runtime);
        karaf = KarafProcess.unpack(Path.of(System.getProperty("anjian.distribution")), runtime)
                .withEnvironment("ANJIAN_SSO_ISSUER", keycloak.issuer());
        // no clock skew allowance here, so that the expiry test needs seconds, not a minute
        Path oidc = karaf.home().resolve("etc/org.anjian.security.oidc.cfg");
        java.nio.file.Files.writeString(oidc, java.nio.file.Files.readString(oidc)
                .replaceAll("(?m)^clockSkewSeconds = .*$", "clockSkewSeconds = 0"));
        karaf.start();
        karaf.waitForHealthUp(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aKeycloakTokenOpensTheApiScopedToItsJurisdiction() throws Exception {
        assertThat(get(token("demo-admin").get("access_token"), "/enterprises?limit=1").path("total").asInt())
                .isGreaterThanOrEqualTo(330);

        JsonNode township = get(token("demo-chengguan").get("access_token"), "/enterprises?limit=500");
        assertThat(township.path("total").asInt()).isPositive();
        township.path("items").forEach(e -> assertThat(e.path("regionCode").asText()).startsWith("330999001"));

        JsonNode grid = get(token("demo-grid").get("access_token"), "/enterprises?limit=500");
        grid.path("items").forEach(e -> assertThat(e.path("gridCode").asText()).isEqualTo("330999001001001"));

        String leader = token("demo-leader").get("access_token");
        String code = township.path("items").get(0).path("creditCode").asText();
        assertThat(status("PUT", leader, "/enterprises/" + code, JSON.writeValueAsString(township.path("items").get(0))))
                .isEqualTo(403);
        String linjiang = token("demo-linjiang").get("access_token");
        assertThat(status("GET", linjiang, "/enterprises/" + code, null)).isEqualTo(404);
    }

    @Test
    void forgedTamperedAndMisusedTokensAreRefused() throws Exception {
        Map<String, String> tokens = token("demo-chengguan");
        String access = tokens.get("access_token");
        String[] parts = access.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));

        // tampered: a wider jurisdiction, the original signature
        ObjectNode wider = payload.deepCopy().put("region_code", "330999000000");
        assertThat(status("GET", parts[0] + "." + b64(JSON.writeValueAsBytes(wider)) + "." + parts[2], "/enterprises", null))
                .isEqualTo(401);
        // alg none
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(status("GET", none, "/enterprises", null)).isEqualTo(401);
        // signed by a foreign key that carries the server's real key id
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(header.path("kid").asText()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID())
                .type(JOSEObjectType.JWT).build(), JWTClaimsSet.parse(payload.toString()));
        forged.sign(new RSASSASigner(attacker));
        assertThat(status("GET", forged.serialize(), "/enterprises", null)).isEqualTo(401);
        // HS256 keyed with the server's public key (algorithm confusion)
        JsonNode jwks = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.jwksUri())).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        byte[] modulus = null;
        for (JsonNode k : jwks.path("keys")) {
            if (k.path("kid").asText().equals(header.path("kid").asText())) {
                modulus = Base64.getUrlDecoder().decode(k.path("n").asText());
            }
        }
        assertThat(modulus).isNotNull();
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(header.path("kid").asText())
                .build(), JWTClaimsSet.parse(payload.toString()));
        confused.sign(new MACSigner(modulus));
        assertThat(status("GET", confused.serialize(), "/enterprises", null)).isEqualTo(401);
        // an ID token is not an access token
        assertThat(status("GET", tokens.get("id_token"), "/enterprises", null)).isEqualTo(401);
        // no token, a garbage token
        assertThat(status("GET", null, "/enterprises", null)).isEqualTo(401);
        assertThat(status("GET", "not-a-token", "/enterprises", null)).isEqualTo(401);
        // and the genuine one still works
        assertThat(status("GET", access, "/enterprises", null)).isEqualTo(200);
    }

    @Test
    void aTokenForAnotherAudienceAndAnExpiredTokenFromTheServerAreRefused() throws Exception {
        // a genuine token of the realm, but not issued for the API
        assertThat(status("GET", token("demo-admin", "anjian-test-noaud").get("access_token"), "/enterprises", null))
                .isEqualTo(401);
        // a genuine 5-second token: accepted while valid, refused once expired
        String shortLived = token("demo-admin", "anjian-test-short").get("access_token");
        long exp = JSON.readTree(Base64.getUrlDecoder().decode(shortLived.split("\\.")[1])).path("exp").asLong();
        if (System.currentTimeMillis() / 1000 < exp - 1) {
            assertThat(status("GET", shortLived, "/enterprises", null)).isEqualTo(200);
        }
        org.awaitility.Awaitility.await("the short token to expire").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> System.currentTimeMillis() / 1000 > exp);
        assertThat(status("GET", shortLived, "/enterprises", null)).isEqualTo(401);
    }

    @Test
    void measureRequestLatencyWithAndWithoutTokenValidation() throws Exception {
        String access = token("demo-admin").get("access_token");
        String path = "/regions/330999000000";
        for (int i = 0; i < 50; i++) { // warm up both paths
            status("GET", access, path, null);
            status("GET", null, "/health", null);
        }
        long bearer = timed(() -> status("GET", access, path, null), 300);
        long basic = timed(() -> karaf.get(path).statusCode(), 300);
        System.out.printf("MEASURE GET %s x300: bearer token %.2f ms/request, HTTP basic (JAAS) %.2f ms/request"
                + " (ratio %.2f)%n", path, bearer / 300e6, basic / 300e6, (double) bearer / basic);
        assertThat(status("GET", access, path, null)).isEqualTo(200);
    }

    private interface Call {
        int run() throws Exception;
    }

    private static long timed(Call call, int times) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            assertThat(call.run()).isEqualTo(200);
        }
        return System.nanoTime() - start;
    }

    private static Map<String, String> token(String user) throws Exception {
        return token(user, "anjian-test");
    }

    private static Map<String, String> token(String user, String client) throws Exception {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", client, "username", user,
                "password", user, "scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode json = JSON.readTree(r.body());
        return Map.of("access_token", json.path("access_token").asText(), "id_token", json.path("id_token").asText());
    }

    private static JsonNode get(String bearer, String path) throws Exception {
        HttpResponse<String> r = send("GET", bearer, path, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static int status(String method, String bearer, String path, String body) throws Exception {
        return send(method, bearer, path, body).statusCode();
    }

    private static HttpResponse<String> send(String method, String bearer, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(karaf.uri(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
