package org.anjian.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.anjian.web.spi.AllowedMethods;

/**
 * What the edge answers itself, decided from the method, the path and whether the platform API is published;
 * empty when the request goes on to the servlets. Pure, so that it is tested without Jetty.
 */
final class EdgeRules {
    /** An answer: status, JSON body (null for none) and an {@code Allow} or {@code Retry-After} header. */
    record Answer(int status, byte[] body, String allow, Integer retryAfter) {
    }

    private final String servletPath;
    private final String apiAddress;
    private final int retryAfterSeconds;
    private final BooleanSupplier published;
    private final Supplier<List<AllowedMethods>> allowed;

    EdgeRules(String servletPath, String apiAddress, int retryAfterSeconds, BooleanSupplier published,
              Supplier<List<AllowedMethods>> allowed) {
        this.servletPath = trimSlash(servletPath);
        this.apiAddress = "/" + trimSlash(apiAddress);
        this.retryAfterSeconds = retryAfterSeconds;
        this.published = published;
        this.allowed = allowed;
    }

    String apiAddress() {
        return apiAddress;
    }

    Optional<Answer> decide(String method, String requestPath) {
        String below = belowServlet(requestPath);
        if (below == null) {
            return Optional.empty(); // not the API: the console, Keycloak redirects and the like
        }
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            // refused for every resource (cross-site tracing); Jetty's own refusal has no body and no Allow
            Optional<Set<String>> methods = allowedAt(below);
            if (methods.isPresent()) {
                return Optional.of(new Answer(405, JsonError.of("METHOD_NOT_ALLOWED", method + " is not supported"),
                        String.join(",", methods.get()), null));
            }
            if (published.getAsBoolean()) {
                return Optional.of(new Answer(404, JsonError.of("NOT_FOUND", "no resource at " + below), null, null));
            }
        }
        if (published.getAsBoolean()) {
            return Optional.empty();
        }
        boolean head = "HEAD".equals(method);
        byte[] body = below.equals(apiAddress + "/health")
                ? "{\"status\":\"DOWN\",\"components\":{\"api\":{\"status\":\"DOWN\",\"error\":\"the platform API is starting\"}}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : JsonError.of("UNAVAILABLE", "the platform API is not published yet; retry shortly");
        return Optional.of(new Answer(503, head ? null : body, null, retryAfterSeconds));
    }

    /** The path below the API servlet ({@code /v1/...}), or null when the request is not for the API. */
    String belowServlet(String requestPath) {
        if (requestPath == null) {
            return null;
        }
        String prefix = "/" + servletPath;
        if (requestPath.equals(prefix)) {
            return "/";
        }
        if (requestPath.startsWith(prefix + "/")) {
            return requestPath.substring(prefix.length());
        }
        return null;
    }

    private Optional<Set<String>> allowedAt(String below) {
        Set<String> all = new TreeSet<>();
        for (AllowedMethods a : allowed.get()) {
            a.allowed(below).ifPresent(all::addAll);
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    private static String trimSlash(String s) {
        String t = s == null ? "" : s.strip();
        while (t.startsWith("/")) {
            t = t.substring(1);
        }
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
