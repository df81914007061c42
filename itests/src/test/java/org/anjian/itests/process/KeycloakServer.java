package org.anjian.itests.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server for tests, run through the project's own scripts/keycloak.sh (installed from
 * Maven Central once per checkout, started on free loopback ports with the demo realm and the test
 * client, stopped at the end).
 */
public final class KeycloakServer implements AutoCloseable {
    private final Path root;
    private final Path home;
    private final int port;
    private final int managementPort;
    private Duration startTime;
    private String consoleUrls = "";

    public KeycloakServer(Path projectRoot) {
        this.root = projectRoot;
        this.home = projectRoot.resolve(".runtime/keycloak-test");
        this.port = freePort();
        this.managementPort = freePort();
    }

    /** Lets the console at these base URLs ({@code http://127.0.0.1:PORT}) log in through this server. */
    public KeycloakServer withConsoleUrls(String... urls) {
        this.consoleUrls = String.join(" ", urls);
        return this;
    }

    public void start() {
        run(Duration.ofMinutes(10), "install");
        long t = System.nanoTime();
        run(Duration.ofMinutes(5), "start", "--test-clients");
        startTime = Duration.ofNanos(System.nanoTime() - t);
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/anjian";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        run(Duration.ofMinutes(2), "stop");
    }

    private void run(Duration timeout, String... args) {
        try {
            Files.createDirectories(home.getParent());
            Path log = home.getParent().resolve("keycloak-test-" + args[0] + ".log");
            List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("scripts/keycloak.sh").toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("ANJIAN_KEYCLOAK_HOME", home.toString());
            pb.environment().put("ANJIAN_KEYCLOAK_PORT", String.valueOf(port));
            pb.environment().put("ANJIAN_KEYCLOAK_MGMT_PORT", String.valueOf(managementPort));
            pb.environment().put("ANJIAN_CONSOLE_URLS", consoleUrls);
            Process p = pb.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("keycloak.sh " + String.join(" ", args) + " timed out; see " + log);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("keycloak.sh " + String.join(" ", args) + " failed (" + p.exitValue()
                        + "): " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
