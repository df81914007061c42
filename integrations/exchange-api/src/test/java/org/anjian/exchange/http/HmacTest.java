package org.anjian.exchange.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.anjian.exchange.http.HmacVerifier.Refusal;
import org.junit.jupiter.api.Test;

class HmacTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-15T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    private final HmacSigner signer = new HmacSigner("PICC-330999", SECRET, clock);
    private final HmacVerifier verifier = new HmacVerifier(k -> k.equals("PICC-330999") ? SECRET : null, clock,
            Duration.ofMinutes(5), 1000);
    private final byte[] body = "{\"policyNo\":\"PAEF2026330999000001\"}".getBytes(StandardCharsets.UTF_8);

    private HmacVerifier.Result verify(Map<String, String> h, String query, byte[] b) {
        return verifier.verify("POST", "/api/v1/exchange/insurer/policies", query, b, h::get);
    }

    @Test
    void theCanonicalStringSortsTheQueryAndHashesTheBody() {
        assertThat(HmacSigner.canonical("post", "/p", "b=2&a=%E5%AE%89&a=1", new byte[0], 1781575200L, "n1"))
                .isEqualTo("POST\n/p\na=1&a=安&b=2\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n1781575200\nn1");
    }

    @Test
    void aSignedRequestIsAcceptedOnceAndItsReplayRefused() {
        Map<String, String> h = signer.headers("POST", "/api/v1/exchange/insurer/policies", "since=2026-06-01", body);
        assertThat(verify(h, "since=2026-06-01", body).accepted()).isTrue();
        assertThat(verify(h, "since=2026-06-01", body).refusal()).isEqualTo(Refusal.REPLAYED_NONCE);
        Map<String, String> again = signer.headers("POST", "/api/v1/exchange/insurer/policies", "since=2026-06-01", body);
        assertThat(again.get(HmacSigner.NONCE)).isNotEqualTo(h.get(HmacSigner.NONCE));
        assertThat(verify(again, "since=2026-06-01", body).accepted()).isTrue();
    }

    @Test
    void anyChangeOfTheBytesTheQueryOrTheKeyIsRefused() {
        Map<String, String> h = signer.headers("POST", "/api/v1/exchange/insurer/policies", null, body);
        byte[] tampered = body.clone();
        tampered[5] ^= 1;
        assertThat(verify(h, null, tampered).refusal()).isEqualTo(Refusal.BAD_SIGNATURE);
        assertThat(verify(h, "x=1", body).refusal()).isEqualTo(Refusal.BAD_SIGNATURE);
        Map<String, String> otherKey = new java.util.HashMap<>(h);
        otherKey.put(HmacSigner.APP_KEY, "CPIC-330999");
        assertThat(verify(otherKey, null, body).refusal()).isEqualTo(Refusal.UNKNOWN_APP_KEY);
        Map<String, String> noNonce = new java.util.HashMap<>(h);
        noNonce.remove(HmacSigner.NONCE);
        assertThat(verify(noNonce, null, body).refusal()).isEqualTo(Refusal.MISSING_HEADER);
        assertThat(verify(noNonce, null, body).message()).contains("X-Nonce");
        assertThat(verify(h, null, body).accepted()).as("the untouched request still passes").isTrue();
    }

    @Test
    void theTimestampMustBeWithinFiveMinutesEitherWay() {
        Map<String, String> h = signer.headers("POST", "/api/v1/exchange/insurer/policies", null, body);
        now.set(now.get().plusSeconds(301));
        assertThat(verify(h, null, body).refusal()).isEqualTo(Refusal.STALE_TIMESTAMP);
        now.set(now.get().minusSeconds(602));
        assertThat(verify(h, null, body).refusal()).isEqualTo(Refusal.STALE_TIMESTAMP);
        now.set(now.get().plusSeconds(2));
        assertThat(verify(h, null, body).accepted()).isTrue();
    }

    @Test
    void noncesAreForgottenOnlyAfterTheirWindow() {
        HmacVerifier small = new HmacVerifier(k -> SECRET, clock, Duration.ofMinutes(5), 2);
        for (int i = 0; i < 2; i++) {
            Map<String, String> h = signer.headers("GET", "/p", null, new byte[0]);
            assertThat(small.verify("GET", "/p", null, new byte[0], h::get).accepted()).isTrue();
        }
        Map<String, String> third = signer.headers("GET", "/p", null, new byte[0]);
        assertThat(small.verify("GET", "/p", null, new byte[0], third::get).refusal()).isEqualTo(Refusal.OVERLOADED);
        now.set(now.get().plusSeconds(601));
        Map<String, String> later = signer.headers("GET", "/p", null, new byte[0]);
        assertThat(small.verify("GET", "/p", null, new byte[0], later::get).accepted()).isTrue();
    }

    @Test
    void aCallbackRequestIsVerifiedOnItsWholePathRawQueryAndBytes() {
        String path = "/api/v1/exchange/insurer-picc/policies";
        Map<String, String> h = signer.headers("POST", path, "since=2026-06-01", body);
        Map<String, String> lowerCase = new java.util.HashMap<>();
        h.forEach((k, v) -> lowerCase.put(k.toLowerCase(java.util.Locale.ROOT), v));
        assertThat(verifier.verify(new org.anjian.api.exchange.InboundRequest("post", path, "policies",
                "since=2026-06-01", body, lowerCase)).accepted()).as("headers found whatever their case").isTrue();
        Map<String, String> h2 = signer.headers("POST", path, null, body);
        assertThat(verifier.verify(new org.anjian.api.exchange.InboundRequest("POST",
                "/api/v1/exchange/insurer-cpic/policies", "policies", null, body, h2)).refusal())
                .as("signed for another peer's path").isEqualTo(Refusal.BAD_SIGNATURE);
        // what a callback's authenticate answers: empty when authentic, else the refusal and why
        Map<String, String> h3 = signer.headers("POST", path, null, body);
        org.anjian.api.exchange.InboundRequest request = new org.anjian.api.exchange.InboundRequest("POST", path,
                "policies", null, body, h3);
        assertThat(verifier.refusal(request)).isEmpty();
        assertThat(verifier.refusal(request)).hasValueSatisfying(why -> assertThat(why).startsWith("REPLAYED_NONCE: "));
    }
}
