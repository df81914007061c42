package org.anjian.exchange.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks a request a peer signed as {@link HmacSigner} does, on the raw bytes before anything is parsed: a known app
 * key, a timestamp within the window (five minutes either way unless configured), a nonce not seen inside the
 * window (a replay), and the signature, compared in constant time. Nonces are remembered for the window only, at
 * most {@code maxNonces} of them (beyond that, requests are refused until old ones expire, rather than forgetting
 * nonces that are still valid).
 */
public final class HmacVerifier {
    /** Why a request is refused (null in {@link Result#refusal()} when it is accepted). */
    public enum Refusal { MISSING_HEADER, UNKNOWN_APP_KEY, STALE_TIMESTAMP, REPLAYED_NONCE, BAD_SIGNATURE, OVERLOADED }

    /** The outcome, with a message fit for the 401 answer. */
    public record Result(Refusal refusal, String message, String appKey) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private final Function<String, byte[]> secrets;
    private final Clock clock;
    private final Duration window;
    private final int maxNonces;
    private final Map<String, Long> nonces = new LinkedHashMap<>();

    /**
     * @param secrets the shared secret of an app key, or null for an unknown one
     */
    public HmacVerifier(Function<String, byte[]> secrets, Clock clock, Duration window, int maxNonces) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        this.maxNonces = maxNonces;
    }

    public HmacVerifier(Function<String, byte[]> secrets, Clock clock) {
        this(secrets, clock, Duration.ofMinutes(5), 100_000);
    }

    /** Checks a callback request as received (its whole path, raw query and body bytes). */
    public Result verify(org.anjian.api.exchange.InboundRequest request) {
        return verify(request.method(), request.path(), request.rawQuery(), request.body(), request::header);
    }

    /**
     * What {@link org.anjian.exchange.spi.InboundCallback#authenticate} answers for a peer that signs as
     * {@link HmacSigner} does: empty when the request is authentic, otherwise the refusal and why.
     */
    public java.util.Optional<String> refusal(org.anjian.api.exchange.InboundRequest request) {
        Result r = verify(request);
        return r.accepted() ? java.util.Optional.empty() : java.util.Optional.of(r.refusal() + ": " + r.message());
    }

    /**
     * @param header the request's header of a name (case-insensitive lookup is the caller's), or null
     */
    public Result verify(String method, String path, String rawQuery, byte[] body, Function<String, String> header) {
        String appKey = header.apply(HmacSigner.APP_KEY);
        String ts = header.apply(HmacSigner.TIMESTAMP);
        String nonce = header.apply(HmacSigner.NONCE);
        String signature = header.apply(HmacSigner.SIGNATURE);
        for (String[] h : new String[][] {{HmacSigner.APP_KEY, appKey}, {HmacSigner.TIMESTAMP, ts},
                {HmacSigner.NONCE, nonce}, {HmacSigner.SIGNATURE, signature}}) {
            if (h[1] == null || h[1].isBlank()) {
                return new Result(Refusal.MISSING_HEADER, h[0] + " is required", appKey);
            }
        }
        if (nonce.length() > 128) {
            return new Result(Refusal.MISSING_HEADER, HmacSigner.NONCE + " is longer than 128 characters", appKey);
        }
        byte[] secret = secrets.apply(appKey);
        if (secret == null) {
            return new Result(Refusal.UNKNOWN_APP_KEY, "unknown app key", appKey);
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(ts.strip());
        } catch (NumberFormatException e) {
            return new Result(Refusal.STALE_TIMESTAMP, HmacSigner.TIMESTAMP + " must be epoch seconds", appKey);
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - timestamp) > window.toSeconds()) {
            return new Result(Refusal.STALE_TIMESTAMP, "the timestamp is outside the " + window.toMinutes()
                    + "-minute window", appKey);
        }
        String expected = HmacSigner.sign(secret, HmacSigner.canonical(method, path, rawQuery, body, timestamp, nonce));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return new Result(Refusal.BAD_SIGNATURE, "the signature does not match", appKey);
        }
        synchronized (nonces) {
            expire(now);
            String key = appKey + " " + nonce;
            if (nonces.containsKey(key)) {
                return new Result(Refusal.REPLAYED_NONCE, "the nonce was used already", appKey);
            }
            if (nonces.size() >= maxNonces) {
                return new Result(Refusal.OVERLOADED, "too many requests in the window", appKey);
            }
            nonces.put(key, now);
        }
        return new Result(null, "accepted", appKey);
    }

    /** Forgets nonces older than the window (they are refused by the timestamp check anyway). */
    private void expire(long now) {
        for (Iterator<Map.Entry<String, Long>> it = nonces.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue() > 2 * window.toSeconds()) {
                it.remove();
            } else {
                break; // insertion order is time order
            }
        }
    }
}
