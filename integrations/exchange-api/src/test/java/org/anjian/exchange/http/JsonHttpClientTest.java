package org.anjian.exchange.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server on 127.0.0.1 that checks the signature as a peer would. */
class JsonHttpClientTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneOffset.UTC);
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> retryAfter = new AtomicReference<>();
    private final AtomicReference<HmacVerifier.Result> seen = new AtomicReference<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        HmacVerifier verifier = new HmacVerifier(k -> SECRET, CLOCK);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.set(verifier.verify(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), body, exchange.getRequestHeaders()::getFirst));
            if (retryAfter.get() != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter.get());
            }
            byte[] answer = ("{\"echo\":" + body.length + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private JsonHttpClient client() {
        return new JsonHttpClient("insurer PICC", Duration.ofSeconds(2), Duration.ofSeconds(5),
                new HmacSigner("PICC-330999", SECRET, CLOCK), CLOCK);
    }

    @Test
    void aSignedPostTheServerAccepts() throws Exception {
        byte[] body = "{\"a\":\"安\"}".getBytes(StandardCharsets.UTF_8);
        JsonHttpClient.Response r = client().post(base.resolve("/policies?since=2026-06-01&limit=100"), body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).isEqualTo("{\"echo\":" + body.length + "}");
        assertThat(r.headers()).containsKey("content-length");
        assertThat(seen.get().accepted()).as(seen.get().message()).isTrue();
    }

    @Test
    void busyAndFailingPeersAreRetriedAfterTheirRetryAfter() {
        status.set(429);
        retryAfter.set("120");
        assertThatThrownBy(() -> client().get(base.resolve("/policies")))
                .isInstanceOfSatisfying(PeerUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
        status.set(503);
        retryAfter.set("Mon, 15 Jun 2026 02:00:30 GMT");
        assertThatThrownBy(() -> client().get(base.resolve("/policies")))
                .isInstanceOfSatisfying(PeerUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void aRefusalIsNotRetried() {
        status.set(401);
        assertThatThrownBy(() -> client().get(base.resolve("/policies")))
                .isInstanceOf(PeerRefusedException.class).hasMessageContaining("insurer PICC answered 401");
    }

    @Test
    void anUnreachablePeerIsUnavailable() {
        URI closed = base;
        server.stop(0);
        assertThatThrownBy(() -> client().get(closed.resolve("/policies")))
                .isInstanceOf(PeerUnavailableException.class).hasMessageContaining("unreachable");
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertThat(JsonHttpClient.retryAfter("7", CLOCK)).contains(Duration.ofSeconds(7));
        assertThat(JsonHttpClient.retryAfter("Mon, 15 Jun 2026 01:00:00 GMT", CLOCK)).contains(Duration.ZERO);
        assertThat(JsonHttpClient.retryAfter("soon", CLOCK)).isEmpty();
        assertThat(JsonHttpClient.retryAfter(null, CLOCK)).isEmpty();
    }
}
