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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * The Anjian distribution run as a real operating-system process ({@code bin/karaf server}), for
 * process-level tests (restart, crash). Ports are chosen by the OS once per instance and kept
 * across restarts, as an operator's configuration would be.
 *
 * <p>{@code bin/karaf server} runs java as a child of the shell unless {@code KARAF_EXEC=exec} is
 * set; this helper sets it, so the started process <em>is</em> the Karaf JVM: {@link Process#destroy()}
 * is a SIGTERM to the JVM, {@link #kill()} a SIGKILL to it, and {@link #pid()} the JVM's pid.
 */
public final class KarafProcess implements AutoCloseable {

    public static final String KARAF_MAIN = "org.apache.karaf.main.Main";

    private static final Duration TAR_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The five listening ports of one installation, all bound to 127.0.0.1. */
    public record Ports(int http, int broker, int ssh, int rmiRegistry, int rmiServer) {

        /** Five distinct free ports, held open together while chosen so the OS cannot hand out one twice. */
        public static Ports free() {
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
                }
                return new Ports(sockets.get(0).getLocalPort(), sockets.get(1).getLocalPort(),
                        sockets.get(2).getLocalPort(), sockets.get(3).getLocalPort(), sockets.get(4).getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException("could not reserve free ports", e);
            } finally {
                for (ServerSocket s : sockets) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // best effort
                    }
                }
            }
        }

        Map<String, String> environment() {
            return Map.of(
                    "ANJIAN_HTTP_PORT", Integer.toString(http),
                    "ANJIAN_BROKER_PORT", Integer.toString(broker),
                    "ANJIAN_SSH_PORT", Integer.toString(ssh),
                    "ANJIAN_RMI_REGISTRY_PORT", Integer.toString(rmiRegistry),
                    "ANJIAN_RMI_SERVER_PORT", Integer.toString(rmiServer));
        }
    }

    private final Path runtimeDir;
    private final Path home;
    private final Ports ports;
    private final String authorization;
    private final Thread shutdownHook = new Thread(this::destroyQuietly, "karaf-process-cleanup");

    private Process process;
    private HttpClient http;
    private long startedAtNanos;
    private int starts;
    private Path consoleLog;
    private volatile String lastHealth = "(no response yet)";

    private KarafProcess(Path runtimeDir, Path home, Ports ports, String user, String password) {
        this.runtimeDir = runtimeDir;
        this.home = home;
        this.ports = ports;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Unpacks the distribution archive (a {@code .tar.gz} with one top folder) into {@code runtimeDir}
     * with {@code tar xzf}, and returns a stopped process for it using the demo credentials.
     */
    public static KarafProcess unpack(Path archive, Path runtimeDir) {
        return unpack(archive, runtimeDir, "demo-admin", "demo-admin");
    }

    public static KarafProcess unpack(Path archive, Path runtimeDir, String user, String password) {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("distribution archive not found: " + archive);
        }
        try {
            Files.createDirectories(runtimeDir);
            Path tarLog = runtimeDir.resolve("tar.log");
            Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(),
                    "-C", runtimeDir.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tarLog.toFile())
                    .start();
            if (!tar.waitFor(TAR_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                tar.destroyForcibly();
                throw new IllegalStateException("tar did not finish within " + TAR_TIMEOUT + ", see " + tarLog);
            }
            if (tar.exitValue() != 0) {
                throw new IllegalStateException("tar exited with " + tar.exitValue() + ": " + Files.readString(tarLog));
            }
            List<Path> homes;
            try (Stream<Path> children = Files.list(runtimeDir)) {
                homes = children.filter(p -> Files.isExecutable(p.resolve("bin/karaf"))).toList();
            }
            if (homes.size() != 1) {
                throw new IllegalStateException("expected one Karaf home (with bin/karaf) in " + runtimeDir + ", found " + homes);
            }
            return new KarafProcess(runtimeDir, homes.get(0), Ports.free(), user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking", e);
        }
    }

    /** Deletes a directory tree if it exists (for a clean runtime directory). */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /** Starts {@code bin/karaf server}; output goes to {@code console-<n>.log} in the runtime directory. */
    private final Map<String, String> extraEnvironment = new java.util.HashMap<>();

    /** Sets an environment variable for the next starts (e.g. ANJIAN_SSO_ISSUER). */
    public synchronized KarafProcess withEnvironment(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException("already running, pid " + process.pid());
        }
        starts++;
        consoleLog = runtimeDir.resolve("console-" + starts + ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        // nothing from the caller's shell may redirect the installation (e.g. ANJIAN_DB_URL to a real database)
        env.keySet().removeIf(k -> k.startsWith("ANJIAN_") || k.startsWith("KARAF_")
                || k.equals("JAVA_OPTS") || k.equals("EXTRA_JAVA_OPTS"));
        env.putAll(ports.environment());
        env.putAll(extraEnvironment);
        env.put("KARAF_EXEC", "exec"); // the shell script replaces itself by the JVM
        if (env.get("JAVA_HOME") == null || env.get("JAVA_HOME").isBlank()) {
            env.put("JAVA_HOME", System.getProperty("java.home"));
        }
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build(); // fresh per start: no pooled connections to a previous JVM
        lastHealth = "(no response yet)";
        try {
            startedAtNanos = System.nanoTime();
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + home.resolve("bin/karaf"), e);
        }
        if (starts == 1) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Polls {@code GET /api/v1/health} until it answers 200 with status UP, and returns the time from
     * {@link #start()} to that answer. Fails early if the process exits.
     */
    public Duration waitForHealthUp(Duration timeout) {
        Process p = requireStarted();
        try {
            await("health UP on " + baseUri())
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("the Karaf process exited", () -> !p.isAlive())
                    .until(this::healthIsUp);
        } catch (TerminalFailureException e) {
            throw new AssertionError("Karaf (pid " + p.pid() + ") exited with " + p.exitValue()
                    + " before health was UP; last answer: " + lastHealth + "; console log: " + consoleLog
                    + ", Karaf log: " + home.resolve("data/log/karaf.log"), e);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("health not UP within " + timeout + "; last answer: " + lastHealth
                    + "; console log: " + consoleLog + ", Karaf log: " + home.resolve("data/log/karaf.log"), e);
        }
        return Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /**
     * Polls {@code GET /api/v1/health} every {@code every} from {@link #start()} until it answers 200 UP, and returns
     * the status of every poll in order ({@code -1}: nothing listens yet). For the fresh-boot test: a monitor or a
     * load balancer polling hard must only ever see 503 (starting, or a part down) and then 200.
     */
    public List<Integer> pollHealthUntilUp(Duration timeout, Duration every) {
        Process p = requireStarted();
        List<Integer> statuses = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("Karaf exited with " + p.exitValue() + " while booting; see " + consoleLog);
            }
            int status;
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/health")).GET(), false);
                status = r.statusCode();
                lastHealth = status + " " + r.body();
                if (status == 200 && "UP".equals(JSON.readTree(r.body()).path("status").asText())) {
                    statuses.add(status);
                    return statuses;
                }
            } catch (UncheckedIOException | IOException e) {
                status = -1;
            }
            statuses.add(status);
            java.util.concurrent.locks.LockSupport.parkNanos(every.toNanos());
        }
        throw new AssertionError("health not UP within " + timeout + "; last answer: " + lastHealth);
    }

    /** The Karaf log of this installation ({@code data/log/karaf.log}). */
    public Path karafLog() {
        return home.resolve("data/log/karaf.log");
    }

    private boolean healthIsUp() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/health")).GET(), false);
        lastHealth = r.statusCode() + " " + r.body();
        return r.statusCode() == 200 && "UP".equals(JSON.readTree(r.body()).path("status").asText());
    }

    /**
     * A clean stop: SIGTERM to the JVM, then waits up to {@code timeout}. Returns the exit code; if the
     * JVM did not exit in time it is killed and an {@link AssertionError} is thrown.
     */
    public int stop(Duration timeout) {
        Process p = requireStarted();
        List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("Karaf (pid " + p.pid() + ") did not stop within " + timeout
                        + " after SIGTERM and was killed; see " + consoleLog);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while stopping Karaf", e);
        } finally {
            descendants.forEach(ProcessHandle::destroyForcibly); // none expected: the JVM has no children
        }
    }

    /** A crash: {@code kill -9 <pid>}; waits for the JVM to be gone and returns its exit code (137). */
    public int kill() {
        Process p = requireStarted();
        long pid = p.toHandle().pid();
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kill.waitFor(30, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -9 " + pid + " failed: " + out);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("pid " + pid + " still alive 60 s after kill -9");
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing Karaf", e);
        }
    }

    /** Stops the process if it is running: SIGTERM, then SIGKILL after 60 s. Never throws. */
    @Override
    public synchronized void close() {
        destroyQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException ignored) {
            // shutting down already, or never registered
        }
    }

    private void destroyQuietly() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    // ---------------------------------------------------------------- process facts

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The pid of the started process (the Karaf JVM itself, see the class comment). */
    public long pid() {
        return requireStarted().pid();
    }

    /** {@code /proc/<pid>/cmdline}, arguments separated by spaces. */
    public String commandLine() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resident set size ({@code VmRSS} of {@code /proc/<pid>/status}) in KiB. */
    public long residentMemoryKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    if (parts.length != 2 || !parts[1].equals("kB")) {
                        throw new IllegalStateException("unexpected VmRSS line: " + line);
                    }
                    return Long.parseLong(parts[0]);
                }
            }
            throw new IllegalStateException("no VmRSS in /proc/" + pid() + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    public Ports ports() {
        return ports;
    }

    public Path consoleLog() {
        return consoleLog;
    }

    // ---------------------------------------------------------------- HTTP

    /** {@code http://127.0.0.1:<port>/api/v1} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + ports.http() + "/api/v1");
    }

    public URI uri(String path) {
        return URI.create(baseUri() + path);
    }

    /** {@code GET /health} (unauthenticated), whatever its status. */
    public JsonNode health() {
        return parse(send(HttpRequest.newBuilder(uri("/health")).GET(), false));
    }

    /** An authenticated GET. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), true);
    }

    /** An authenticated GET that must answer 200; returns the JSON body. */
    public JsonNode getJson(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r);
    }

    /** An authenticated POST of a JSON body. */
    public HttpResponse<String> postJson(String path, Object body) {
        try {
            String json = JSON.writeValueAsString(body);
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean authenticated) {
        requireStarted();
        request.timeout(HTTP_TIMEOUT).header("Accept", "application/json");
        if (authenticated) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Process requireStarted() {
        if (process == null) {
            throw new IllegalStateException("not started");
        }
        return process;
    }
}
