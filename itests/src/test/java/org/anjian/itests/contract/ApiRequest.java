package org.anjian.itests.contract;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request the fuzzer sends. A valid one ({@code mutation} null) may be answered with any documented status;
 * an invalid one names what makes it invalid, the statuses it must get (a 4xx) and, for a 400, the field the
 * answer must name.
 */
public record ApiRequest(String method, String path, Map<String, String> query, String body, String contentType,
                         String mutation, String field, Set<Integer> expected) {

    static ApiRequest valid(String method, String path, Map<String, String> query, String body) {
        return new ApiRequest(method, path, query, body, body == null ? null : "application/json", null, null, null);
    }

    public boolean invalid() {
        return mutation != null;
    }

    ApiRequest mutate(String what, String newField, Set<Integer> statuses, Map<String, String> newQuery, String newPath,
                      String newBody, String newContentType) {
        return new ApiRequest(method, newPath, newQuery, newBody, newContentType, what, newField, statuses);
    }

    URI uri(URI apiRoot) {
        String q = query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(apiRoot + path + (q.isEmpty() ? "" : "?" + q));
    }

    /** The request as a reader of a failure report needs it. */
    public String describe() {
        StringBuilder b = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            b.append('?').append(query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&")));
        }
        if (body != null) {
            String shown = body.length() > 600 ? body.substring(0, 600) + "...(" + body.length() + " chars)" : body;
            b.append(" [").append(contentType).append("] ").append(shown);
        }
        if (mutation != null) {
            b.append("  <- invalid: ").append(mutation);
        }
        return b.toString();
    }
}
