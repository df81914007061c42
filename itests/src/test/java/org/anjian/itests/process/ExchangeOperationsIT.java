package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import javax.jms.Connection;
import javax.jms.Message;
import javax.jms.QueueBrowser;
import javax.jms.Session;
import org.anjian.api.enterprise.CreditCode;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The exchange as an operator meets it, in the packaged distribution with the shipped simulator as its own
 * process: the ledger and its API (bad input, roles), the province down for a whole window, records the
 * province refuses (dead letters in the database and on the Artemis queue, replayed), findings coming down
 * as hazards and the feedback going up when one is closed. Kept in {@code target/exchange-operations-it}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeOperationsIT {
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);

    private KarafProcess karaf;
    private SimulatorProcess sim;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start() {
        Path runtimeDir = Path.of(System.getProperty("project.build.directory"), "exchange-operations-it");
        KarafProcess.deleteRecursively(runtimeDir);
        runtimeDir.toFile().mkdirs();
        sim = SimulatorProcess.start(Path.of(System.getProperty("anjian.simulator.jar")),
                runtimeDir.resolve("simulator.log"), 0);
        karaf = sim.connect(KarafProcess.unpack(Path.of(System.getProperty("anjian.distribution")), runtimeDir),
                200, 20, 100, 3);
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
    }

    @Test
    @Order(1)
    void theLedgerApiRefusesBadInputAndOtherRolesAndChangesNothing() throws Exception {
        assertThat(karaf.getJson("/health").at("/components/exchange/peers").toString()).contains("province");
        assertError(call("demo-admin", "POST", "/exchange/runs", "{\"peer\":\"insurer\"}"), 400, "peer");
        assertError(call("demo-admin", "POST", "/exchange/runs", "{}"), 400, "peer");
        assertError(call("demo-admin", "POST", "/exchange/runs", "{\"peer\":"), 400, null);
        assertError(call("demo-admin", "GET", "/exchange/runs?limit=0", null), 400, "limit");
        assertError(call("demo-admin", "GET", "/exchange/runs?offset=-1", null), 400, "offset");
        assertError(call("demo-admin", "GET", "/exchange/runs/abc", null), 400, "id");
        assertError(call("demo-admin", "GET", "/exchange/runs/999999", null), 404, null);
        assertError(call("demo-admin", "GET", "/exchange/dead-letters?status=GONE", null), 400, "status");
        assertError(call("demo-admin", "GET", "/exchange/backlog", null), 400, "peer");
        assertError(call("demo-admin", "POST", "/exchange/dead-letters/x/replay", null), 400, "id");
        assertError(call("demo-admin", "POST", "/exchange/dead-letters/999999/replay", null), 404, null);
        assertError(call("demo-leader", "POST", "/exchange/runs", "{\"peer\":\"province\"}"), 403, null);
        assertError(call("demo-chengguan", "GET", "/exchange/runs", null), 403, null);
        assertError(call(null, "GET", "/exchange/runs", null), 401, null);
        assertThat(karaf.getJson("/exchange/runs").path("total").asLong()).as("nothing ran").isZero();
        assertThat(sim.stats().path("received").asLong()).isZero();
        assertThat(call("demo-leader", "GET", "/exchange/runs", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theProvinceDownForTheWholeWindowLeavesTheBacklogWhichGoesOutWhenItIsBack() throws Exception {
        long backlog = quietBacklog();
        assertThat(backlog).as("the demo county's records").isGreaterThan(1000);
        sim.admin("POST", "/faults", "{\"downUntil\":\"" + Instant.now().plusSeconds(3600) + "\"}");

        JsonNode failed = run();
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("unavailable after 3 attempts").contains("503");
        assertThat(failed.path("acknowledged").asLong()).isZero();
        assertThat(failed.path("failed").asLong()).isEqualTo(backlog);
        assertThat(sim.stats().path("storedKeys").asLong()).isZero();
        assertThat(sim.stats().at("/faults/refusedWhileDown").asLong()).isPositive();

        sim.admin("DELETE", "/faults", null);
        JsonNode back = run();
        assertThat(back.path("status").asText()).as("%s", back).isEqualTo("SUCCEEDED");
        assertThat(back.path("acknowledged").asLong()).isEqualTo(backlog - back.path("skipped").asLong());
        assertThat(back.path("digest").asText()).hasSize(64);
        assertThat(karaf.getJson("/exchange/backlog?peer=province").path("pending").asLong()).isZero();
        assertThat(sim.stats().path("storedKeys").asLong()).isEqualTo(back.path("acknowledged").asLong());
        JsonNode ledger = karaf.getJson("/exchange/runs?peer=province&limit=10").path("items");
        assertThat(ledger.findValuesAsText("direction")).contains("INBOUND", "OUTBOUND");
        assertThat(ledger.findValuesAsText("trigger")).allMatch(t -> t.equals("operator:demo-admin"));
    }

    @Test
    @Order(3)
    void aRecordTheProvinceRefusesIsADeadLetterOnTheQueueAndAnOperatorReplaysIt() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = CreditCode.withCheckCharacter(String.format(Locale.ROOT, "91330999W%08d", i));
            HttpResponse<String> r = karaf.postJson("/enterprises", enterprise(code));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            codes.add(code);
        }
        String refused = "enterprise:" + codes.get(1);
        sim.admin("POST", "/faults", "{\"rejectRecordIds\":[\"" + refused + "\"]}");

        JsonNode run = run();
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("acknowledged").asLong()).isEqualTo(2);
        assertThat(run.path("dead").asLong()).isEqualTo(1);
        JsonNode dead = karaf.getJson("/exchange/dead-letters?peer=province&status=OPEN").path("items");
        assertThat(dead).hasSize(1);
        JsonNode letter = dead.get(0);
        assertThat(letter.path("idempotencyKey").asText()).isEqualTo(refused + ":0");
        assertThat(letter.path("field").asText()).isEqualTo("recordId");
        assertThat(letter.path("reason").asText()).contains("province").contains("rejectRecordIds");
        assertThat(karaf.getJson("/exchange/backlog?peer=province").path("deadLetters").asLong()).isEqualTo(1);
        long id = letter.path("id").asLong();
        assertThat(queuedDeadLetters()).as("on the Artemis queue").containsExactly(id);

        sim.admin("DELETE", "/faults", null); // the province fixed its side
        HttpResponse<String> replay = call("demo-admin", "POST", "/exchange/dead-letters/" + id + "/replay", null);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(KarafProcess.parse(replay).path("status").asText()).isEqualTo("REPLAYED");
        assertThat(KarafProcess.parse(replay).path("replayedBy").asText()).isEqualTo("demo-admin");
        assertThat(queuedDeadLetters()).as("taken off the queue").isEmpty();
        assertError(call("demo-admin", "POST", "/exchange/dead-letters/" + id + "/replay", null), 409, "id");

        JsonNode again = run();
        assertThat(again.path("sent").asLong()).isEqualTo(1);
        assertThat(again.path("acknowledged").asLong()).isEqualTo(1);
        assertThat(again.path("dead").asLong()).isZero();
        assertThat(sim.keys()).contains(refused + ":1");
        assertThat(karaf.getJson("/exchange/dead-letters?peer=province&status=OPEN").path("total").asLong()).isZero();
    }

    @Test
    @Order(4)
    void findingsComeDownAsHazardsOnceAndClosingOneSendsTheFeedbackUp() throws Exception {
        JsonNode issued = sim.admin("POST", "/findings", "{\"count\":3}").path("issued");
        assertThat(issued).hasSize(3);

        run();
        run(); // delivered again upstream or not: nothing registered twice
        List<JsonNode> fromProvince = new ArrayList<>();
        for (JsonNode h : karaf.getJson("/hazards?limit=500&status=REGISTERED").path("items")) {
            if ("province".equals(h.path("sourceSystem").asText())) {
                fromProvince.add(h);
            }
        }
        assertThat(fromProvince).hasSize(3);
        assertThat(fromProvince).allSatisfy(h -> assertThat(h.path("source").asText()).isEqualTo("PROVINCE_FINDING"));
        JsonNode hazard = fromProvince.get(0);
        String finding = hazard.path("sourceId").asText();
        assertThat(issued.toString()).contains(finding);

        long id = hazard.path("id").asLong();
        boolean major = "MAJOR".equals(hazard.path("grade").asText());
        transition(id, major ? "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道安监站\",\"responsible\":\"王厂长\","
                + "\"measures\":\"停产整改\",\"funds\":\"5万元\",\"contingencyPlan\":\"专项应急预案\"}"
                : "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道安监站\"}");
        transition(id, "{\"action\":\"START\"}");
        transition(id, "{\"action\":\"SUBMIT\",\"evidence\":\"整改照片已上传\"}");
        transition(id, "{\"action\":\"ACCEPT\"}");

        JsonNode run = run();
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("dead").asLong()).isZero();
        assertThat(sim.stats().path("feedback").path(finding).asText()).as("feedback %s", sim.stats().path("feedback"))
                .isEqualTo("CLOSED");
    }

    /**
     * The backlog once the domain modules' demo loaders (they run in the background after health UP) have
     * written their records: the same count three polls in a row.
     */
    private long quietBacklog() {
        long[] last = {-1, 0};
        org.awaitility.Awaitility.await("the outbox to stop growing").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    long now = karaf.getJson("/exchange/backlog?peer=province").path("pending").asLong();
                    last[1] = now == last[0] ? last[1] + 1 : 0;
                    last[0] = now;
                    return last[1] >= 2;
                });
        return last[0];
    }

    private void transition(long id, String body) throws Exception {
        HttpResponse<String> r = call("demo-admin", "POST", "/hazards/" + id + "/transitions", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private JsonNode run() throws Exception {
        HttpResponse<String> r = call("demo-admin", "POST", "/exchange/runs", "{\"peer\":\"province\"}");
        assertThat(r.statusCode()).as("POST /exchange/runs: %s", r.body()).isEqualTo(200);
        return KarafProcess.parse(r);
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(karaf.uri(path)).timeout(Duration.ofMinutes(5));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertError(HttpResponse<String> r, int status, String field) {
        assertThat(r.statusCode()).as("%s", r.body()).isEqualTo(status);
        JsonNode error = KarafProcess.parse(r);
        assertThat(error.path("message").asText()).isNotBlank();
        if (field != null) {
            assertThat(error.path("field").asText()).isEqualTo(field);
        }
    }

    /** The dead-letter ids on the Artemis queue, browsed (not consumed). */
    private List<Long> queuedDeadLetters() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ActiveMQJMSConnectionFactory factory = new ActiveMQJMSConnectionFactory(
                "tcp://127.0.0.1:" + karaf.ports().broker());
             Connection c = factory.createConnection("anjian-broker", "anjian-broker");
             Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            c.start();
            try (QueueBrowser browser = s.createBrowser(s.createQueue("anjian.exchange.dlq"))) {
                Enumeration<?> e = browser.getEnumeration();
                while (e.hasMoreElements()) {
                    Message m = (Message) e.nextElement();
                    ids.add(m.getLongProperty("deadLetterId"));
                    assertThat(m.getStringProperty("reason")).isNotBlank();
                    assertThat(m.getStringProperty("peer")).isEqualTo("province");
                }
            }
        }
        return ids;
    }

    private static ObjectNode enterprise(String creditCode) {
        ObjectNode e = KarafProcess.json().createObjectNode();
        e.put("creditCode", creditCode);
        e.put("name", "示范县死信测试企业有限公司");
        e.put("industryCode", "3311");
        e.put("address", "浙江省示范县城关镇死信路1号");
        e.put("regionCode", "330999001001");
        e.put("gridCode", "330999001001001");
        e.putArray("supervisingDepartments").add("应急管理局");
        e.put("riskColour", "YELLOW");
        e.put("assessment", "GOOD");
        e.put("standardizationGrade", "LEVEL3");
        return e;
    }
}
