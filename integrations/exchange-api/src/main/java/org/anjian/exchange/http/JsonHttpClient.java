package org.anjian.exchange.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;

/**
 * A client for a peer's HTTP/JSON interface: connect and request timeouts, every request signed (when a signer is
 * given), and each answer classified for the exchange: 2xx is returned; 408, 425, 429, 5xx, a timeout or a transport
 * error is {@link PeerUnavailableException} (retried with the same idempotency keys, after the peer's
 * {@code Retry-After} when it sends one); any other status is {@link PeerRefusedException}.
 */
public final class JsonHttpClient {
    /** An answer of the peer: its status, its headers' first values (lower-case names) and its body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final HmacSigner signer;
    private final Clock clock;
    private final String peer;

    /**
     * @param peer   the peer's name, for the messages
     * @param signer null for an unsigned interface
     */
    public JsonHttpClient(String peer, Duration connectTimeout, Duration requestTimeout, HmacSigner signer, Clock clock) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.signer = signer;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Response get(URI uri) throws PeerUnavailableException, PeerRefusedException {
        return send("GET", uri, null);
    }

    public Response post(URI uri, byte[] json) throws PeerUnavailableException, PeerRefusedException {
        return send("POST", uri, json);
    }

    public Response send(String method, URI uri, byte[] json) throws PeerUnavailableException, PeerRefusedException {
        byte[] body = json == null ? new byte[0] : json;
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (json != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (signer != null) {
            signer.headers(method, uri.getRawPath(), uri.getRawQuery(), body).forEach(b::header);
        }
        HttpResponse<byte[]> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new PeerUnavailableException(peer + " did not answer within " + requestTimeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new PeerUnavailableException(peer + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailableException(peer + ": interrupted", e);
        }
        Map<String, String> headers = new java.util.TreeMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
        Response response = new Response(r.statusCode(), headers, r.body());
        int s = r.statusCode();
        if (s >= 200 && s < 300) {
            return response;
        }
        String detail = peer + " answered " + s + ": " + snippet(response.text());
        if (s == 408 || s == 425 || s == 429 || s >= 500) {
            throw new PeerUnavailableException(detail, retryAfter(headers.get("retry-after"), clock).orElse(null), null);
        }
        throw new PeerRefusedException(detail, null);
    }

    /** {@code Retry-After} as seconds or as an HTTP date; empty when absent or unreadable. */
    public static Optional<Duration> retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String snippet(String body) {
        String b = body.strip();
        return b.length() > 300 ? b.substring(0, 300) + "…" : b;
    }
}
