package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.anjian.api.enterprise.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged distribution as an operator runs it: cold boot, a clean restart and a crash
 * (kill -9), checking that data written through the API survives both and that the demo county
 * is loaded only once. Steps run in order; a step is skipped when an earlier one failed. The
 * installation is left in {@code target/restart-it} (logs: {@code console-<n>.log} and
 * {@code anjian-distribution-.../data/log/karaf.log}) and only deleted by the next run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionRestartIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    /** JVM exit after SIGTERM (shutdown hooks ran) or an orderly System.exit(0). */
    private static final int EXIT_SIGTERM = 143;
    private static final int EXIT_SIGKILL = 137;

    private KarafProcess karaf;
    private int stepsPassed;

    private long enterprisesBefore;
    private long hazardsBefore;
    private String creditCode;
    private JsonNode created;

    @BeforeAll
    void unpack() {
        Path archive = Path.of(requiredProperty("anjian.distribution"));
        assertThat(archive).as("distribution archive (build the distribution module first)").isRegularFile();
        Path runtimeDir = Path.of(requiredProperty("project.build.directory"), "restart-it");
        KarafProcess.deleteRecursively(runtimeDir);
        karaf = KarafProcess.unpack(archive, runtimeDir);
    }

    @AfterAll
    void stopContainer() {
        if (karaf != null) {
            karaf.close();
        }
    }

    /**
     * A fresh boot polled as a load balancer polls it: health answers only 503 until it answers 200, and no bundle
     * that was already started (CXF, the broker, the platform) is refreshed by a later boot stage.
     */
    @Test
    @Order(1)
    void coldBootReachesHealthUp() {
        long started = System.nanoTime();
        karaf.start();
        java.util.List<Integer> polls = karaf.pollHealthUntilUp(BOOT_TIMEOUT, Duration.ofMillis(100));
        Duration boot = Duration.ofNanos(System.nanoTime() - started);
        java.util.Map<Integer, Long> counts = polls.stream().collect(java.util.stream.Collectors.groupingBy(
                s -> s, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        System.out.println("MEASURE health polled every 100 ms during the fresh boot (-1: not listening yet): " + counts);
        assertThat(polls).as("health answers during a fresh boot").allMatch(s -> s == -1 || s == 503 || s == 200);
        assertThat(polls.get(polls.size() - 1)).isEqualTo(200);
        BootLog log = BootLog.read(karaf.karafLog());
        assertThat(log.refreshedAfterStart()).as("bundles refreshed after they had started").isEmpty();
        assertThat(log.staleWiring()).as("stale wiring in karaf.log").isEmpty();
        System.out.println("MEASURE refreshes during the fresh boot: " + log.refreshes());

        // the started process must be the Karaf JVM itself (bin/karaf exec'd java), not a wrapping shell
        assertThat(karaf.commandLine()).contains("karaf").contains(KarafProcess.KARAF_MAIN);
        assertThat(ProcessHandle.of(karaf.pid()).flatMap(h -> h.info().command()))
                .hasValueSatisfying(cmd -> assertThat(cmd).endsWith("/java"));
        long rssKib = karaf.residentMemoryKib();

        System.out.println(String.format(Locale.ROOT, "MEASURE cold boot to health UP: %.1f s", boot.toMillis() / 1000.0));
        System.out.println(String.format(Locale.ROOT, "MEASURE resident memory (VmRSS) at health UP after cold boot: %d MiB (%d kB, pid %d)",
                rssKib / 1024, rssKib, karaf.pid()));

        JsonNode health = karaf.health();
        assertThat(health.at("/components/demo/state").asText()).isEqualTo("loaded");
        stepsPassed = 1;
    }

    @Test
    @Order(2)
    void enterpriseSurvivesCleanRestartAndDemoIsNotLoadedAgain() {
        assumeTrue(stepsPassed == 1, "cold boot failed");
        JsonNode persistence = karaf.health().at("/components/persistence");
        enterprisesBefore = persistence.path("enterprises").asLong(-1);
        hazardsBefore = persistence.path("hazards").asLong(-1);
        assertThat(enterprisesBefore).as("enterprises before").isPositive();
        assertThat(hazardsBefore).as("hazards before").isPositive();
        assertThat(karaf.getJson("/enterprises?limit=1").path("total").asLong()).isEqualTo(enterprisesBefore);

        creditCode = unusedCreditCode();
        ObjectNode body = enterprise(creditCode);
        HttpResponse<String> response = karaf.postJson("/enterprises", body);
        assertThat(response.statusCode()).as("POST /enterprises: %s", response.body()).isEqualTo(201);
        JsonNode saved = KarafProcess.parse(response);
        body.fieldNames().forEachRemaining(field ->
                assertThat(saved.get(field)).as("created field %s", field).isEqualTo(body.get(field)));
        created = karaf.getJson("/enterprises/" + creditCode);
        assertThat(created).isEqualTo(saved);

        int exit = karaf.stop(STOP_TIMEOUT);
        assertThat(exit).as("exit code after SIGTERM").isIn(0, EXIT_SIGTERM);

        karaf.start();
        Duration boot = karaf.waitForHealthUp(BOOT_TIMEOUT);
        System.out.println(String.format(Locale.ROOT, "MEASURE warm boot (after clean stop) to health UP: %.1f s", boot.toMillis() / 1000.0));

        assertThat(karaf.getJson("/enterprises/" + creditCode)).as("enterprise after restart").isEqualTo(created);
        JsonNode health = karaf.health();
        assertThat(health.at("/components/demo/state").asText()).isEqualTo("loaded");
        assertThat(health.at("/components/persistence/enterprises").asLong()).as("enterprises after restart")
                .isEqualTo(enterprisesBefore + 1);
        assertThat(health.at("/components/persistence/hazards").asLong()).as("hazards after restart (demo not reloaded)")
                .isEqualTo(hazardsBefore);
        assertThat(karaf.getJson("/enterprises?limit=1").path("total").asLong()).isEqualTo(enterprisesBefore + 1);
        stepsPassed = 2;
    }

    @Test
    @Order(3)
    void enterpriseSurvivesKillMinusNine() {
        assumeTrue(stepsPassed == 2, "clean restart failed");
        assertThat(karaf.kill()).as("exit code after kill -9").isEqualTo(EXIT_SIGKILL);

        karaf.start();
        Duration boot = karaf.waitForHealthUp(BOOT_TIMEOUT);
        System.out.println(String.format(Locale.ROOT, "MEASURE boot after kill -9 to health UP: %.1f s", boot.toMillis() / 1000.0));

        assertThat(karaf.getJson("/enterprises/" + creditCode)).as("enterprise after kill -9").isEqualTo(created);
        JsonNode health = karaf.health();
        assertThat(health.at("/components/persistence/enterprises").asLong()).isEqualTo(enterprisesBefore + 1);
        assertThat(health.at("/components/persistence/hazards").asLong()).isEqualTo(hazardsBefore);
        stepsPassed = 3;
    }

    // ---------------------------------------------------------------- helpers

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the itests surefire configuration)", name).isNotBlank();
        return value;
    }

    /** A valid GB 32100 code in the demo county's prefix that the installation does not know yet. */
    private String unusedCreditCode() {
        SecureRandom random = new SecureRandom();
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder body = new StringBuilder("91330999");
            for (int i = 0; i < 9; i++) {
                body.append(CreditCode.CHARSET.charAt(random.nextInt(CreditCode.CHARSET.length())));
            }
            String code = CreditCode.withCheckCharacter(body.toString());
            int status = karaf.get("/enterprises/" + code).statusCode();
            if (status == 404) {
                return code;
            }
            assertThat(status).as("GET of a random credit code").isEqualTo(200);
        }
        throw new AssertionError("no unused credit code found in 10 attempts");
    }

    private static ObjectNode enterprise(String creditCode) {
        ObjectNode e = KarafProcess.json().createObjectNode();
        e.put("creditCode", creditCode);
        e.put("name", "示范县重启测试化工有限公司");
        e.put("industryCode", "2614");
        e.put("address", "浙江省示范县城关镇测试路1号");
        e.put("regionCode", "330999001001");
        e.put("gridCode", "330999001001001");
        e.putArray("supervisingDepartments").add("应急管理局").add("市场监督管理局");
        e.put("riskColour", "YELLOW");
        e.put("assessment", "GOOD");
        e.put("standardizationGrade", "LEVEL2");
        ObjectNode guarantor = e.putArray("guarantors").addObject();
        guarantor.put("name", "王建国");
        guarantor.put("position", "城关镇副镇长");
        guarantor.put("phone", "13900000001");
        return e;
    }
}
