package org.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The edge in a real Jetty: what it answers itself, and what it lets through to the servlets. */
class ApiEdgeTest {
    private final AtomicBoolean published = new AtomicBoolean(false);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Server server;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        ApiEdge edge = new ApiEdge("/api", "/v1", published::get);
        edge.bindAllowed(path -> path.startsWith("/v1/hazards") ? Optional.of(Set.of("GET", "HEAD", "OPTIONS"))
                : Optional.empty());
        config.addCustomizer(edge);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                response.setStatus(200);
                response.getWriter().write("served " + target);
                base.setHandled(true);
            }
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheApiIsNotPublishedItAnswers503AndHealthSaysDown() throws Exception {
        HttpResponse<String> health = send("GET", "/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).startsWith("{\"status\":\"DOWN\"");
        assertThat(health.headers().firstValue("Retry-After")).contains("5");
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        HttpResponse<String> other = send("POST", "/api/v1/hazards");
        assertThat(other.statusCode()).isEqualTo(503);
        assertThat(other.body()).contains("\"code\":\"UNAVAILABLE\"");
        HttpResponse<String> head = send("HEAD", "/api/v1/health");
        assertThat(head.statusCode()).isEqualTo(503);
        assertThat(head.body()).isEmpty();
        // not the API: left alone
        assertThat(send("GET", "/console/index.html").body()).isEqualTo("served /console/index.html");
        assertThat(send("GET", "/apix/v1/health").statusCode()).isEqualTo(200);
    }

    @Test
    void onceItIsPublishedRequestsGoThrough() throws Exception {
        published.set(true);
        HttpResponse<String> health = send("GET", "/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("served /api/v1/health");
    }

    @Test
    void traceIsRefusedInTheApisFormatWithTheResourcesMethods() throws Exception {
        HttpResponse<String> trace = send("TRACE", "/api/v1/hazards/42");
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.headers().firstValue("Allow")).contains("GET,HEAD,OPTIONS");
        assertThat(trace.body()).isEqualTo("{\"code\":\"METHOD_NOT_ALLOWED\",\"message\":\"TRACE is not supported\"}");
        published.set(true);
        HttpResponse<String> unknown = send("TRACE", "/api/v1/nowhere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void whatJettyRefusesItselfIsAnsweredInJson() throws Exception {
        published.set(true);
        send("GET", "/api/v1/health"); // the first request sets the server's error handler
        HttpResponse<String> tooLong = send("GET", "/api/v1/hazards?q=" + "a".repeat(20_000));
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(tooLong.body()).isEqualTo("{\"code\":\"URI_TOO_LONG\",\"message\":\"the request URI is too long\"}");
    }

    @Test
    void jsonErrorsEscapeWhatTheyQuote() {
        assertThat(new String(JsonError.of("X", "a \"b\" \\ \n"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"X\",\"message\":\"a \\\"b\\\" \\\\ \\u000a\"}");
    }
}
