package org.anjian.exchange.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request for a peer. The string signed is, one per line: the upper-case method, the path as sent, the query
 * parameters sorted by name then value ({@code a=1&b=2}, decoded, joined without encoding), the lower-case hex
 * SHA-256 of the body bytes, the timestamp (epoch seconds) and the nonce. The signature is the lower-case hex
 * HMAC-SHA256 of it under the shared secret. The headers are {@value #APP_KEY}, {@value #TIMESTAMP},
 * {@value #NONCE} and {@value #SIGNATURE}.
 */
public final class HmacSigner {
    public static final String APP_KEY = "X-App-Key";
    public static final String TIMESTAMP = "X-Timestamp";
    public static final String NONCE = "X-Nonce";
    public static final String SIGNATURE = "X-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String appKey;
    private final byte[] secret;
    private final Clock clock;

    public HmacSigner(String appKey, byte[] secret, Clock clock) {
        this.appKey = Objects.requireNonNull(appKey, "appKey");
        this.secret = Objects.requireNonNull(secret, "secret").clone();
        if (this.secret.length < 16) {
            throw new IllegalArgumentException("the secret must have at least 16 bytes");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The headers that sign this request, with a fresh nonce and the clock's time. */
    public Map<String, String> headers(String method, String path, String rawQuery, byte[] body) {
        byte[] n = new byte[16];
        RANDOM.nextBytes(n);
        return headers(method, path, rawQuery, body, clock.instant().getEpochSecond(), HexFormat.of().formatHex(n));
    }

    /** The headers for a given timestamp and nonce (tests, and the verifier's recomputation). */
    public Map<String, String> headers(String method, String path, String rawQuery, byte[] body, long timestamp,
                                       String nonce) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(APP_KEY, appKey);
        h.put(TIMESTAMP, Long.toString(timestamp));
        h.put(NONCE, nonce);
        h.put(SIGNATURE, sign(secret, canonical(method, path, rawQuery, body, timestamp, nonce)));
        return h;
    }

    /** The string that is signed. */
    public static String canonical(String method, String path, String rawQuery, byte[] body, long timestamp,
                                   String nonce) {
        return method.toUpperCase(Locale.ROOT) + "\n" + path + "\n" + sortedQuery(rawQuery) + "\n"
                + sha256(body == null ? new byte[0] : body) + "\n" + timestamp + "\n" + nonce;
    }

    static String sortedQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.add(new String[] {name, value});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder out = new StringBuilder();
        for (String[] p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p[0]).append('=').append(p[1]);
        }
        return out.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(byte[] secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
