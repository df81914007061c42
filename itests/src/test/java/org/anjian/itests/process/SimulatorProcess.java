package org.anjian.itests.process;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shipped provincial simulator ({@code anjian-simulator-province-*-all.jar}) as its own process on free
 * ports, driven through its admin API.
 */
public final class SimulatorProcess implements AutoCloseable {
    public static final String USER = "county-it";
    public static final String PASSWORD = "it-province-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int soapPort;
    private final int adminPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SimulatorProcess(Process process, int soapPort, int adminPort) {
        this.process = process;
        this.soapPort = soapPort;
        this.adminPort = adminPort;
    }

    public static SimulatorProcess start(Path jar, Path log, int syntheticFindings) {
        int soap = freePort();
        int admin = freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--port", Integer.toString(soap), "--admin-port",
                Integer.toString(admin), "--user", USER, "--password", PASSWORD, "--county", "330999",
                "--findings", Integer.toString(syntheticFindings))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            SimulatorProcess sim = new SimulatorProcess(pb.start(), soap, admin);
            await("simulator admin on " + admin).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().failFast(() -> !sim.process.isAlive())
                    .until(() -> sim.admin("GET", "/stats", null).has("storedKeys"));
            return sim;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points an installation at this simulator, by hand only (no cron firing during a test), with the given
     * batch size and retry policy.
     */
    public KarafProcess connect(KarafProcess karaf, int batchSize, int initialDelayMs, int maxDelayMs, int maxAttempts) {
        return karaf.withEnvironment("ANJIAN_PROVINCE_URL", soapUrl())
                .withEnvironment("ANJIAN_PROVINCE_USER", USER)
                .withEnvironment("ANJIAN_PROVINCE_PASSWORD", PASSWORD)
                .withEnvironment("ANJIAN_PROVINCE_SCHEDULE", "manual")
                .withEnvironment("ANJIAN_PROVINCE_FINDINGS_SCHEDULE", "manual")
                .withEnvironment("ANJIAN_PROVINCE_BATCH_SIZE", Integer.toString(batchSize))
                .withEnvironment("ANJIAN_PROVINCE_RETRY_INITIAL_DELAY_MS", Integer.toString(initialDelayMs))
                .withEnvironment("ANJIAN_PROVINCE_RETRY_MAX_DELAY_MS", Integer.toString(maxDelayMs))
                .withEnvironment("ANJIAN_PROVINCE_RETRY_MAX_ATTEMPTS", Integer.toString(maxAttempts));
    }

    public String soapUrl() {
        return "http://127.0.0.1:" + soapPort + "/province";
    }

    public JsonNode admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/admin" + path))
                .timeout(Duration.ofSeconds(30));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    public JsonNode stats() throws IOException, InterruptedException {
        return admin("GET", "/stats", null);
    }

    public List<String> keys() throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        admin("GET", "/keys?list=true", null).path("keys").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
