package org.anjian.security.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves a key set (public keys only) on 127.0.0.1 and counts the requests. */
final class JwksServer implements AutoCloseable {
    static final String PATH = "/realms/anjian/protocol/openid-connect/certs";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String body;

    JwksServer(JWK... keys) throws IOException {
        publish(keys);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Replaces the served key set (only the public parts are served). */
    void publish(JWK... keys) {
        body = new JWKSet(List.of(keys)).toPublicJWKSet().toString();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
