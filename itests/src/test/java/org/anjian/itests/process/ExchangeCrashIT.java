package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.testdb.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Exactly once, whatever fails: the distribution and the shipped provincial simulator run as their own
 * processes; a run over more than 10 000 outbox records is killed with SIGKILL at random points (each
 * point a random number of records the simulator has stored, so every kill lands mid-run), the container
 * is restarted and the run started again. At the end the simulator must hold every outbox record of the
 * container exactly once (compared key by key with the outbox read from the stopped container's H2
 * file) and the backlog must be empty. The installation is kept in {@code target/exchange-crash-it}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeCrashIT {
    private static final int KILLS = 10;
    private static final int MIN_RECORDS = 10_000;
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("demo-admin:demo-admin".getBytes(StandardCharsets.UTF_8));

    private KarafProcess karaf;
    private SimulatorProcess sim;
    private FreshDatabase database;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The database under test: none for the embedded H2 file; {@link ExchangeCrashOnPostgreSqlIT}: PostgreSQL. */
    FreshDatabase database() {
        return null;
    }

    @BeforeAll
    void start() {
        database = database();
        Path archive = Path.of(System.getProperty("anjian.distribution"));
        Path runtimeDir = Path.of(System.getProperty("project.build.directory"),
                database == null ? "exchange-crash-it" : "exchange-crash-it-postgresql");
        KarafProcess.deleteRecursively(runtimeDir);
        runtimeDir.toFile().mkdirs();
        sim = SimulatorProcess.start(Path.of(System.getProperty("anjian.simulator.jar")),
                runtimeDir.resolve("simulator.log"), 0);
        karaf = sim.connect(KarafProcess.unpack(archive, runtimeDir), 100, 50, 500, 20);
        if (database != null) {
            Map<String, String> settings = database.connectionSettings();
            karaf.withEnvironment("ANJIAN_DB_DRIVER", "PostgreSQL JDBC Driver")
                    .withEnvironment("ANJIAN_DB_URL", settings.get("url"))
                    .withEnvironment("ANJIAN_DB_USER", settings.get("user"))
                    .withEnvironment("ANJIAN_DB_PASSWORD", settings.get("password"))
                    .withEnvironment("ANJIAN_DB_DIALECT", database.hibernateDialect());
        }
        karaf.start();
        karaf.waitForHealthUp(BOOT_TIMEOUT);
    }

    @AfterAll
    void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private String engine() {
        return database == null ? "H2" : "PostgreSQL";
    }

    @Test
    void everyRecordReachesTheProvinceExactlyOnceAcrossKillsAtRandomPoints() throws Exception {
        // the backlog also counts the demo modules' rows the province does not take (parks, permits, equipment, …:
        // about 300), so create enough that the province's share alone reaches MIN_RECORDS
        createEnterprises(MIN_RECORDS - pending() + 800);
        long total = pending();
        assertThat(total).as("outbox records to deliver").isGreaterThanOrEqualTo(MIN_RECORDS);
        // slow the province a little so that a run takes a while and kills land inside it
        sim.admin("POST", "/faults", "{\"latencyMs\":25}");

        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("MEASURE crash harness (" + engine() + ") seed " + seed + ", " + total + " records, "
                + KILLS + " kills");
        List<Long> killedAt = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            long stored = stored();
            long remaining = total - stored;
            long next = stored + 50 + (long) (random.nextDouble() * Math.max(1, remaining / (KILLS - kill + 1) - 50));
            Future<?> run = startRunAsync();
            await("simulator holds " + next + " records (kill " + (kill + 1) + ")").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(15)).until(() -> stored() >= next);
            int exit = karaf.kill();
            assertThat(exit).isEqualTo(137);
            killedAt.add(stored());
            run.cancel(true);
            karaf.start();
            Duration boot = karaf.waitForHealthUp(BOOT_TIMEOUT);
            JsonNode aborted = karaf.getJson("/exchange/runs?peer=province&limit=5").path("items");
            assertThat(aborted.findValuesAsText("status")).as("the killed run is in the ledger as ABORTED")
                    .contains("ABORTED");
            System.out.printf(Locale.ROOT, "MEASURE kill %d (%s) at %d stored records; restart to health UP %.1f s%n",
                    kill + 1, engine(), killedAt.get(kill), boot.toMillis() / 1000.0);
        }
        assertThat(killedAt).as("every kill landed before the end of the backlog").allMatch(k -> k < total);
        assertThat(new HashSet<>(killedAt)).as("distinct kill points").hasSize(KILLS);

        sim.admin("DELETE", "/faults", null);
        JsonNode last = runNow();
        assertThat(last.path("status").asText()).as("last run: %s", last).isEqualTo("SUCCEEDED");
        assertThat(last.path("failed").asLong()).isZero();
        assertThat(last.path("dead").asLong()).isZero();
        assertThat(karaf.getJson("/exchange/backlog?peer=province").path("pending").asLong()).isZero();

        JsonNode stats = sim.stats();
        List<String> stored = sim.keys();
        karaf.stop(Duration.ofSeconds(60));
        Set<String> expected = outboxKeys();
        System.out.printf(Locale.ROOT, "MEASURE crash harness (" + engine() + "): %d outbox records, %d stored at"
                        + " the simulator, "
                        + "%d received, %d duplicates answered (re-sent after kills), %d kills%n", expected.size(),
                stored.size(), stats.path("received").asLong(), stats.path("duplicates").asLong(), KILLS);
        assertThat(expected.size()).isGreaterThanOrEqualTo(MIN_RECORDS);
        assertThat(stored).as("no record stored twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(stored)).as("every outbox record exactly once, none missing, none extra")
                .isEqualTo(expected);
        assertThat(stats.path("duplicates").asLong()).as("kills mid-batch made the container re-send").isPositive();
    }

    private long pending() {
        return karaf.getJson("/exchange/backlog?peer=province").path("pending").asLong();
    }

    private long stored() throws Exception {
        return sim.stats().path("storedKeys").asLong();
    }

    private Future<?> startRunAsync() {
        return http.sendAsync(runRequest(Duration.ofMinutes(10)), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode runNow() throws Exception {
        HttpResponse<String> r = http.send(runRequest(Duration.ofMinutes(10)), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("POST /exchange/runs: %s", r.body()).isEqualTo(200);
        return KarafProcess.parse(r);
    }

    private HttpRequest runRequest(Duration timeout) {
        return HttpRequest.newBuilder(karaf.uri("/exchange/runs")).timeout(timeout)
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"peer\":\"province\"}")).build();
    }

    /** Creates enterprises through the API, four at a time. */
    private void createEnterprises(long count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger created = new AtomicInteger();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (long i = thread; i < count; i += 4) {
                        String code = CreditCode.withCheckCharacter(String.format(Locale.ROOT, "91330999Y%08d", i));
                        HttpResponse<String> r = karaf.postJson("/enterprises", enterprise(code, i));
                        if (r.statusCode() == 201) {
                            created.incrementAndGet();
                        } else if (r.statusCode() != 409) {
                            throw new AssertionError("POST /enterprises " + r.statusCode() + ": " + r.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("MEASURE created " + created.get() + " enterprises through the API for the crash harness");
    }

    private static ObjectNode enterprise(String creditCode, long n) {
        ObjectNode e = KarafProcess.json().createObjectNode();
        e.put("creditCode", creditCode);
        e.put("name", "示范县交换测试企业" + n + "号有限公司");
        e.put("industryCode", "3311");
        e.put("address", "浙江省示范县城关镇交换路" + n + "号");
        e.put("regionCode", "330999001001");
        e.put("gridCode", "330999001001001");
        e.putArray("supervisingDepartments").add("应急管理局");
        e.put("riskColour", "BLUE");
        e.put("assessment", "GOOD");
        e.put("standardizationGrade", "LEVEL3");
        return e;
    }

    /**
     * The keys the province must hold: every outbox row the province's adapter takes, as the province counts revisions
     * (version + 1), read from the stopped container's H2 file or from its PostgreSQL database. Which rows it takes is
     * the adapter's to say, for every installed module alike: the engine settles each row once per peer, a row the
     * peer does not take as SKIPPED. Every row must be settled; an unsettled one is a lost record.
     */
    private Set<String> outboxKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        List<String> unsettled = new ArrayList<>();
        String url = "jdbc:h2:file:" + karaf.home().resolve("data/anjian/anjian") + ";MODE=Regular;ACCESS_MODE_DATA=r";
        try (Connection c = database != null ? database.dataSource().getConnection()
                : DriverManager.getConnection(url, "anjian", "anjian");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT o.record_type, o.record_id, o.record_version, d.outcome FROM outbox o"
                     + " LEFT JOIN exchange_delivery d ON d.outbox_id = o.id AND d.peer = 'province'")) {
            while (rs.next()) {
                String key = rs.getString(1) + ":" + rs.getString(2) + ":" + (rs.getLong(3) + 1);
                String outcome = rs.getString(4);
                if (outcome == null) {
                    unsettled.add(key);
                } else if (!"SKIPPED".equals(outcome)) {
                    keys.add(key); // module records the province does not take (parks, permits, ...) are SKIPPED
                }
            }
        }
        assertThat(unsettled).as("outbox rows never settled for the province").isEmpty();
        return keys;
    }
}
