package org.anjian.simulator.province;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * JSON admin endpoint (JDK http server): GET /admin/stats, GET /admin/keys[?list=true], POST /admin/findings, GET|POST|DELETE
 * /admin/faults, POST /admin/reset. Never subject to fault injection.
 */
final class AdminServer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "province-sim-admin");
        t.setDaemon(true);
        return t;
    });
    private final ProvinceState state;
    private final FaultInjector faults;

    AdminServer(String host, int port, ProvinceState state, FaultInjector faults) throws IOException {
        this.state = state;
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/admin/", this::handle);
        server.setExecutor(executor);
    }

    void start() { server.start(); }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    int port() { return server.getAddress().getPort(); }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            try {
                if (path.equals("/admin/stats") && method.equals("GET")) {
                    Map<String, Object> m = state.stats();
                    m.put("faults", faults.statsMap());
                    send(ex, 200, m);
                } else if (path.equals("/admin/keys") && method.equals("GET")) {
                    String q = ex.getRequestURI().getQuery();
                    if (q != null && q.contains("list=true")) {
                        send(ex, 200, state.keyListing());
                    } else {
                        send(ex, 200, Map.of("storedKeys", state.storedKeys()));
                    }
                } else if (path.equals("/admin/findings") && method.equals("POST")) {
                    String body = readBody(ex);
                    int count = body.isBlank() ? 0 : JSON.readTree(body).path("count").asInt(0);
                    if (count < 1 || count > 1000) {
                        throw new IllegalArgumentException("count must be within 1..1000");
                    }
                    send(ex, 200, Map.of("issued", state.issueFindingsFromUploads(count, java.time.Instant.now())));
                } else if (path.equals("/admin/faults") && method.equals("GET")) {
                    send(ex, 200, faults.settings().toMap());
                } else if (path.equals("/admin/faults") && method.equals("POST")) {
                    faults.configure(parse(readBody(ex)));
                    send(ex, 200, faults.settings().toMap());
                } else if (path.equals("/admin/faults") && method.equals("DELETE")) {
                    faults.clear();
                    send(ex, 200, faults.settings().toMap());
                } else if (path.equals("/admin/reset") && method.equals("POST")) {
                    state.reset();
                    faults.clear();
                    faults.resetCounters();
                    send(ex, 200, Map.of("reset", true));
                } else {
                    send(ex, 404, Map.of("error", "no such resource: " + method + " " + path));
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                send(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
            }
        }
    }

    static FaultInjector.Settings parse(String body) throws IOException {
        JsonNode n = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        if (!n.isObject()) throw new IllegalArgumentException("expected a JSON object");
        FaultInjector.Settings s = new FaultInjector.Settings();
        s.latencyMs = n.path("latencyMs").asLong(0);
        s.errorRate = n.path("errorRate").asDouble(0);
        s.dropConnections = n.path("dropConnections").asDouble(0);
        s.commitThenFail = n.path("commitThenFail").asDouble(0);
        java.util.Set<String> reject = new java.util.HashSet<>();
        JsonNode ids = n.path("rejectRecordIds");
        if (!ids.isMissingNode() && !ids.isNull()) {
            if (!ids.isArray()) throw new IllegalArgumentException("rejectRecordIds must be an array of record ids");
            for (JsonNode id : ids) {
                if (!id.isTextual() || id.asText().isBlank()) {
                    throw new IllegalArgumentException("rejectRecordIds must hold record ids (non-empty strings)");
                }
                reject.add(id.asText());
            }
        }
        s.rejectRecordIds = java.util.Set.copyOf(reject);
        JsonNode d = n.path("downUntil");
        s.downUntil = d.isTextual() && !d.asText().isBlank() ? Instant.parse(d.asText()) : null;
        return s;
    }

    private static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body instanceof Map ? new LinkedHashMap<>((Map<?, ?>) body) : body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
