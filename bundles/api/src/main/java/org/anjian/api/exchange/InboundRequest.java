package org.anjian.api.exchange;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A request a peer sent to its callback ({@code POST /api/v1/exchange/{peer}/{path}}) exactly as received: the raw
 * body bytes, before anything has parsed them, so that a signature over those bytes can be checked first.
 *
 * @param method   the HTTP method, upper case
 * @param path     the whole path as sent (e.g. {@code /api/v1/exchange/grid-330999101/reports}): what a signature covers
 * @param resource the part below the peer's callback root, without a leading slash (e.g. {@code reports})
 * @param rawQuery the query string as sent (not decoded), or empty
 * @param body     the body's bytes (copied; empty when there is none)
 * @param headers  the first value of each header; looked up case-insensitively
 */
public record InboundRequest(String method, String path, String resource, String rawQuery, byte[] body, Map<String, String> headers) {
    public InboundRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        path = path == null ? "" : path;
        resource = resource == null ? "" : resource;
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body.clone();
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> {
                if (k != null && v != null) {
                    h.putIfAbsent(k, v);
                }
            });
        }
        headers = Collections.unmodifiableMap(h);
    }

    /** The header's first value, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InboundRequest r && method.equals(r.method) && path.equals(r.path)
                && resource.equals(r.resource)
                && rawQuery.equals(r.rawQuery) && java.util.Arrays.equals(body, r.body) && headers.equals(r.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, resource, rawQuery, java.util.Arrays.hashCode(body), headers);
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " (" + body.length + " bytes)";
    }
}
