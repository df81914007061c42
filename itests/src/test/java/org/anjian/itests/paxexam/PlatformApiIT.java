package org.anjian.itests.paxexam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import javax.inject.Inject;
import javax.jms.Connection;
import javax.jms.MessageConsumer;
import javax.jms.Session;
import javax.jms.TextMessage;
import javax.security.auth.Subject;
import org.anjian.api.enterprise.CreditCode;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the real distribution once and drives the platform API end to end, including bad input
 * (each refused with a 4xx naming the field, and nothing written), jurisdiction scoping, events on
 * the broker and the shell commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformApiIT {
    private static final String ADMIN = "demo-admin";
    private static final String CHENGGUAN = "demo-chengguan";
    private static final String LEADER = "demo-leader";
    private static final String VILLAGE = "330999001001";
    private static final String GRID = "330999001001001";
    private static final String OTHER_TOWNSHIP_VILLAGE = "330999101001";

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private org.osgi.framework.BundleContext bundleContext;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        return options("platform-api");
    }

    /** The suite's container: {@code database} options (none: the embedded H2) after the suite's own. */
    static Option[] options(String name, Option... database) {
        // the province is unreachable here (port 1 refuses): the exchange runs by hand only and gives up quickly
        String province = "etc/org.anjian.exchange.province.cfg";
        Option[] own = {
                editConfigurationFilePut(province, "address", "http://127.0.0.1:1/province"),
                editConfigurationFilePut(province, "schedule", "manual"),
                editConfigurationFilePut(province, "findingsSchedule", "manual"),
                editConfigurationFilePut(province, "retryMaxAttempts", "2"),
                editConfigurationFilePut(province, "retryInitialDelayMs", "10"),
                editConfigurationFilePut(province, "retryMaxDelayMs", "20")};
        Option[] all = java.util.Arrays.copyOf(own, own.length + database.length);
        System.arraycopy(database, 0, all, own.length, database.length);
        return AnjianContainer.options(name, all);
    }

    @Before
    public void healthy() {
        api.awaitHealthy();
    }

    // ---------- health, regions, OpenAPI, authentication ----------

    @Test
    public void healthReportsEveryPart() {
        JsonNode health = api.get(null, "/health").json();
        assertEquals("UP", health.path("status").asText());
        for (String part : new String[] {"persistence", "broker", "demo"}) {
            assertEquals(part, "UP", health.path("components").path(part).path("status").asText());
        }
        assertTrue(health.path("components").path("persistence").path("enterprises").asInt() >= 300);
        // the database the suite asked for (PlatformApiOnPostgreSqlIT: PostgreSQL), as the health says
        String database = health.path("components").path("persistence").path("database").asText();
        assertTrue(database, database.startsWith(
                "postgresql".equals(System.getProperty("anjian.test.database")) ? "PostgreSQL " : "H2 "));
    }

    @Test
    public void regionTreeOfTheDemoCounty() {
        JsonNode townships = api.get(ADMIN, "/regions/330999000000/children").json();
        assertTrue(townships.path("total").asInt() >= 8);
        JsonNode villages = api.get(ADMIN, "/regions/330999001000/children").json();
        assertTrue(villages.path("total").asInt() >= 3);
        assertEquals("GRID", api.get(ADMIN, "/regions/" + VILLAGE + "/children").json()
                .path("items").get(0).path("level").asText());
        assertEquals(404, api.get(ADMIN, "/regions/330999999000").status());
        // a township officer sees their own township's subtree only
        assertEquals(404, api.get(CHENGGUAN, "/regions/330999101000").status());
        assertEquals(200, api.get(CHENGGUAN, "/regions/330999001000").status());
    }

    @Test
    public void openApiDocumentDescribesTheApi() {
        Api.Reply doc = api.get(null, "/openapi.json");
        assertEquals(200, doc.status());
        JsonNode paths = doc.json().path("paths");
        for (String p : new String[] {"/health", "/regions", "/enterprises", "/enterprises/{creditCode}", "/hazards",
                "/hazards/{id}", "/hazards/{id}/transitions"}) {
            assertTrue("OpenAPI lacks " + p + ": " + paths.toString().substring(0, 200), paths.has(p));
        }
    }

    @Test
    public void everythingButHealthAndOpenApiNeedsCredentials() {
        assertEquals(401, api.get(null, "/enterprises").status());
        assertEquals(401, api.get(null, "/hazards").status());
        assertEquals(401, api.get(null, "/regions").status());
        assertEquals(401, api.send(null, java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + System.getProperty(AnjianContainer.HTTP_PORT)
                        + "/api/v1/enterprises")).header("Authorization", "Basic ZGVtby1hZG1pbjp3cm9uZw==").GET())
                .status());
    }

    /**
     * Every operation of every registered JAX-RS resource (the platform's and each installed domain's, as
     * their OpenAPI documents list them) refuses a request without credentials, except health, the
     * OpenAPI documents and the console's static assets.
     */
    @Test
    public void noResourceIsReachableWithoutCredentials() {
        java.util.List<String> documents = new java.util.ArrayList<>(java.util.List.of(""));
        for (JsonNode m : api.get(ADMIN, "/modules").json().path("items")) {
            documents.add("/domains/" + m.path("id").asText());
        }
        assertTrue(documents.toString(), documents.size() >= 3);
        int checked = 0;
        java.util.Set<String> open = new java.util.TreeSet<>();
        for (String base : documents) {
            Api.Reply doc = api.get(null, base + "/openapi.json");
            assertEquals(base + "/openapi.json", 200, doc.status());
            java.util.Iterator<java.util.Map.Entry<String, JsonNode>> paths = doc.json().path("paths").fields();
            while (paths.hasNext()) {
                java.util.Map.Entry<String, JsonNode> path = paths.next();
                String p = path.getKey();
                String concrete = base + p.replaceAll("\\{[^}]+\\}", "1");
                java.util.Iterator<java.util.Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    java.util.Map.Entry<String, JsonNode> operation = methods.next();
                    String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                    if (operation.getValue().path("security").isArray() && operation.getValue().path("security").isEmpty()) {
                        // the document says it needs no user: it must be one of the known public operations
                        open.add(method + " " + p);
                        continue;
                    }
                    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + System.getProperty(AnjianContainer.HTTP_PORT) + "/api/v1" + concrete))
                            .header("Content-Type", "application/json")
                            .method(method, method.equals("GET") ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
                    Api.Reply r = api.send(null, request);
                    assertEquals(method + " " + concrete + " answered without credentials: " + r.body(), 401, r.status());
                    checked++;
                }
            }
        }
        assertEquals("the operations served without user credentials", java.util.Set.of("GET /health",
                "GET /console/{moduleId}/{path}", "POST /exchange/{peer}/{resource}"), open);
        System.out.println("MEASURE operations checked for authentication: " + checked);
        assertTrue("too few operations found: " + checked, checked >= 25);
    }

    /**
     * A peer's callback over real HTTP: a fixture peer registered in the container takes signed requests at
     * {@code /exchange/{peer}/…} without user credentials; unsigned, tampered or replayed requests are 401 and leave
     * nothing, a signed body that does not hold is 400 naming the field, an unknown peer 404; the ledger shows the
     * accepted one.
     */
    @Test
    public void aPeerCallbackIsAuthenticatedByThePeersSignatureOnTheRawBytes() {
        org.osgi.framework.ServiceRegistration<org.anjian.exchange.spi.ExchangePeer> registration = bundleContext
                .registerService(org.anjian.exchange.spi.ExchangePeer.class, new CallbackPeer(), null);
        try {
            String path = "/api/v1/exchange/" + CallbackPeer.ID + "/notes";
            org.anjian.exchange.http.HmacSigner signer = new org.anjian.exchange.http.HmacSigner(CallbackPeer.APP_KEY,
                    CallbackPeer.SECRET, java.time.Clock.systemUTC());
            String body = "{\"notes\":[{\"id\":\"N-1\",\"text\":\"已到场核查\"}]}";
            java.util.Map<String, String> headers = signer.headers("POST", path, "", body.getBytes(StandardCharsets.UTF_8));
            Api.await("the fixture peer is registered", Duration.ofSeconds(30),
                    () -> api.get(ADMIN, "/exchange/peers").json().path("peers").toString(),
                    peers -> peers.contains(CallbackPeer.ID));

            assertEquals(401, callback(path, body, java.util.Map.of()).status());
            Api.Reply tampered = callback(path, body.replace("N-1", "N-2"), headers);
            assertEquals(tampered.body(), 401, tampered.status());
            Api.Reply accepted = callback(path, body, headers);
            assertEquals(accepted.body(), 200, accepted.status());
            assertEquals(1, accepted.json().path("received").asInt());
            Api.Reply replayed = callback(path, body, headers);
            assertEquals(replayed.body(), 401, replayed.status());
            assertTrue(replayed.body(), replayed.body().contains("nonce"));

            String bad = "{\"notes\":[{\"text\":\"无编号\"}]}";
            Api.Reply invalid = callback(path, bad, signer.headers("POST", path, "", bad.getBytes(StandardCharsets.UTF_8)));
            assertEquals(invalid.body(), 400, invalid.status());
            assertEquals("notes[0].id", invalid.json().path("field").asText());
            String other = "/api/v1/exchange/no-such-peer/notes";
            assertEquals(404, callback(other, body, signer.headers("POST", other, "", body.getBytes(StandardCharsets.UTF_8)))
                    .status());

            JsonNode runs = api.get(ADMIN, "/exchange/runs?peer=" + CallbackPeer.ID).json().path("items");
            assertEquals(runs.toString(), 2, runs.size());
            assertEquals("FAILED", runs.get(0).path("status").asText());
            assertEquals("SUCCEEDED", runs.get(1).path("status").asText());
            assertEquals("callback", runs.get(1).path("trigger").asText());
            assertEquals(1, runs.get(1).path("acknowledged").asInt());
        } finally {
            registration.unregister();
        }
    }

    private Api.Reply callback(String path, String body, java.util.Map<String, String> headers) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + System.getProperty(AnjianContainer.HTTP_PORT) + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return api.send(null, request);
    }

    /**
     * Every list endpoint (each parameterless GET of every OpenAPI document, platform and domains) returns a
     * township officer only records of their township, and a grid member only records of their grid.
     */
    @Test
    public void everyListEndpointKeepsToTheCallersJurisdiction() {
        java.util.List<String> documents = new java.util.ArrayList<>(java.util.List.of(""));
        for (JsonNode m : api.get(ADMIN, "/modules").json().path("items")) {
            documents.add("/domains/" + m.path("id").asText());
        }
        int checkedRecords = 0;
        int endpoints = 0;
        for (String base : documents) {
            java.util.Iterator<java.util.Map.Entry<String, JsonNode>> paths = api.get(null, base + "/openapi.json").json()
                    .path("paths").fields();
            while (paths.hasNext()) {
                java.util.Map.Entry<String, JsonNode> path = paths.next();
                if (path.getKey().contains("{") || !path.getValue().has("get") || path.getKey().equals("/health")
                        || path.getKey().equals("/openapi.json") || !answers(path.getValue().path("get"), "application/json")) {
                    continue;
                }
                endpoints++;
                String url = base + path.getKey() + (path.getKey().contains("?") ? "&" : "?") + "limit=500";
                Api.Reply township = api.get(CHENGGUAN, url);
                if (township.status() == 200) {
                    checkedRecords += assertCodes(url, township.json(), "regionCode", "330999001");
                }
                Api.Reply grid = api.get("demo-grid", url);
                if (grid.status() == 200) {
                    checkedRecords += assertCodes(url, grid.json(), "gridCode", GRID);
                    assertCodes(url, grid.json(), "regionCode", VILLAGE);
                }
            }
        }
        System.out.println("MEASURE list endpoints checked for jurisdiction: " + endpoints + ", records: " + checkedRecords);
        assertTrue(endpoints >= 10);
        assertTrue(checkedRecords > 0);
    }

    /** Whether an operation's documented 200 answer is of this media type. */
    private static boolean answers(JsonNode operation, String mediaType) {
        return operation.path("responses").path("200").path("content").has(mediaType);
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Every documented spreadsheet export ({@code /x/export}) holds, for a township officer and a grid member, exactly
     * the records their list {@code /x} gives them, and a user without a login gets 401.
     */
    @Test
    public void everyExportKeepsToTheCallersJurisdiction() throws Exception {
        java.util.List<String> documents = new java.util.ArrayList<>(java.util.List.of(""));
        for (JsonNode m : api.get(ADMIN, "/modules").json().path("items")) {
            documents.add("/domains/" + m.path("id").asText());
        }
        int exports = 0;
        for (String base : documents) {
            java.util.Iterator<java.util.Map.Entry<String, JsonNode>> paths = api.get(null, base + "/openapi.json").json()
                    .path("paths").fields();
            while (paths.hasNext()) {
                java.util.Map.Entry<String, JsonNode> path = paths.next();
                if (!path.getKey().endsWith("/export") || !answers(path.getValue().path("get"), XLSX)) {
                    continue;
                }
                exports++;
                String list = base + path.getKey().substring(0, path.getKey().length() - "/export".length());
                for (String user : java.util.List.of(CHENGGUAN, "demo-grid", ADMIN)) {
                    java.net.http.HttpResponse<byte[]> file = api.getBytes(user, base + path.getKey());
                    assertEquals(user + " " + path.getKey(), 200, file.statusCode());
                    assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
                    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"));
                    int total = api.get(user, list + "?limit=1").json().path("total").asInt();
                    assertEquals(user + " " + path.getKey() + " rows", total, sheetRows(file.body()) - 1);
                    assertEquals(String.valueOf(total), file.headers().firstValue("X-Total-Count").orElse(""));
                    assertEquals(String.valueOf(total), file.headers().firstValue("X-Export-Rows").orElse(""));
                }
                assertEquals(401, api.getBytes(null, base + path.getKey()).statusCode());
            }
        }
        System.out.println("MEASURE exports checked for jurisdiction: " + exports);
        assertTrue(exports >= 2);
    }

    /** The rows of the first sheet of a workbook, counted in its XML (header included). */
    private static int sheetRows(byte[] xlsx) throws java.io.IOException {
        // a file, not a stream: the workbook's entries carry their sizes in data descriptors
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                if (sheet == null) {
                    throw new AssertionError("no first sheet in the workbook");
                }
                String xml = new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
                return xml.split("<row ", -1).length - 1;
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** Every value of {@code field} anywhere in the JSON starts with {@code prefix}; returns how many there were. */
    private static int assertCodes(String url, JsonNode json, String field, String prefix) {
        int count = 0;
        for (JsonNode value : json.findValues(field)) {
            if (!value.isNull()) {
                assertTrue(url + ": " + field + " " + value + " is outside " + prefix, value.asText().startsWith(prefix));
                count++;
            }
        }
        return count;
    }

    // ---------- enterprises ----------

    @Test
    public void enterpriseIsCreatedReadUpdatedAndSearched() throws Exception {
        String code = newCreditCode();
        Api.Reply created = api.post(ADMIN, "/enterprises", enterprise(code, "示范县测试化工有限公司", VILLAGE, GRID));
        assertEquals(created.body(), 201, created.status());
        JsonNode e = created.json();
        assertEquals(code, e.path("creditCode").asText());
        assertEquals("YELLOW", e.path("riskColour").asText());
        assertEquals("王建国", e.path("guarantors").get(0).path("name").asText());

        assertEquals(200, api.get(ADMIN, "/enterprises/" + code).status());
        assertEquals(409, api.post(ADMIN, "/enterprises", enterprise(code, "重复", VILLAGE, GRID)).status());

        String changed = enterprise(code, "示范县测试化工有限公司", VILLAGE, GRID).replace("\"YELLOW\"", "\"ORANGE\"");
        Api.Reply updated = api.put(ADMIN, "/enterprises/" + code, changed);
        assertEquals(updated.body(), 200, updated.status());
        assertEquals("ORANGE", updated.json().path("riskColour").asText());
        assertTrue(updated.json().path("version").asLong() > e.path("version").asLong());

        JsonNode found = api.get(ADMIN, "/enterprises?name=" + enc("测试化工") + "&riskColour=ORANGE&regionPrefix=330999001")
                .json();
        assertTrue(found.path("total").asInt() >= 1);
        JsonNode page = api.get(ADMIN, "/enterprises?limit=5&offset=5").json();
        assertEquals(5, page.path("items").size());
        assertTrue(page.path("total").asInt() >= 330);
    }

    @Test
    public void badEnterpriseInputIsRefusedNamingTheFieldAndWritesNothing() {
        int before = total(ADMIN, "/enterprises?limit=1");
        String code = newCreditCode();
        String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        expectField(api.post(ADMIN, "/enterprises", enterprise(bad, "坏代码", VILLAGE, GRID)), 400, "creditCode");
        expectField(api.post(ADMIN, "/enterprises", enterprise(code, "未知区域", "330999001099", null)), 400, "regionCode");
        expectField(api.post(ADMIN, "/enterprises", enterprise(code, "网格不符", VILLAGE, "330999101001001")), 400, "gridCode");
        expectField(api.post(ADMIN, "/enterprises", enterprise(code, "颜色", VILLAGE, GRID).replace("\"YELLOW\"", "\"PURPLE\"")),
                400, "riskColour");
        expectField(api.post(ADMIN, "/enterprises", enterprise(code, "", VILLAGE, GRID)), 400, "name");
        expectField(api.post(ADMIN, "/enterprises", "{\"creditCode\":\"" + code + "\",\"shoeSize\":42}"), 400, "shoeSize");
        Api.Reply malformed = api.post(ADMIN, "/enterprises", "{\"creditCode\": \"" + code);
        assertEquals(malformed.body(), 400, malformed.status());
        assertEquals("MALFORMED_JSON", malformed.json().path("code").asText());
        Api.Reply empty = api.post(ADMIN, "/enterprises", "");
        assertEquals(empty.body(), 400, empty.status());
        String huge = "{\"creditCode\":\"" + code + "\",\"name\":\"" + "长".repeat(700_000) + "\"}";
        Api.Reply tooLarge = api.post(ADMIN, "/enterprises", huge);
        assertEquals(tooLarge.body(), 413, tooLarge.status());
        expectField(api.get(ADMIN, "/enterprises?riskColour=PINK"), 400, "riskColour");
        expectField(api.get(ADMIN, "/enterprises?limit=100000"), 400, "limit");
        assertEquals(404, api.get(ADMIN, "/enterprises/" + code).status());
        assertEquals(before, total(ADMIN, "/enterprises?limit=1"));
    }

    @Test
    public void jurisdictionScopesEveryReadAndWrite() {
        String mine = newCreditCode();
        String theirs = newCreditCode();
        assertEquals(201, api.post(ADMIN, "/enterprises", enterprise(mine, "城关测试商贸有限公司", VILLAGE, GRID)).status());
        assertEquals(201, api.post(ADMIN, "/enterprises",
                enterprise(theirs, "临江测试船舶有限公司", OTHER_TOWNSHIP_VILLAGE, null)).status());

        assertEquals(200, api.get(CHENGGUAN, "/enterprises/" + mine).status());
        assertEquals(404, api.get(CHENGGUAN, "/enterprises/" + theirs).status());
        JsonNode visible = api.get(CHENGGUAN, "/enterprises?limit=500").json();
        for (JsonNode e : visible.path("items")) {
            assertTrue(e.toString(), e.path("regionCode").asText().startsWith("330999001"));
        }
        assertEquals(0, api.get(CHENGGUAN, "/enterprises?regionPrefix=330999101").json().path("total").asInt());
        for (JsonNode h : api.get(CHENGGUAN, "/hazards?limit=500").json().path("items")) {
            assertTrue(h.toString(), h.path("regionCode").asText().startsWith("330999001"));
        }
        // a grid member sees the enterprises and hazards of their own grid only
        JsonNode grid = api.get("demo-grid", "/enterprises?limit=500").json();
        assertTrue(grid.toString(), grid.path("total").asInt() > 0);
        for (JsonNode e : grid.path("items")) {
            assertEquals(e.toString(), GRID, e.path("gridCode").asText());
        }
        assertEquals(404, api.get("demo-grid", "/enterprises/" + theirs).status());
        // a sub-committee officer sees the enterprises of their domain only (the chemical module's industries)
        JsonNode chemical = api.get("demo-chemical", "/enterprises?limit=500").json();
        assertTrue(chemical.toString(), chemical.path("total").asInt() > 0);
        for (JsonNode e : chemical.path("items")) {
            String industry = e.path("industryCode").asText();
            assertTrue(e.toString(), java.util.List.of("25", "26", "5162", "5166", "5265", "5942").stream()
                    .anyMatch(industry::startsWith));
        }
        assertTrue(chemical.path("total").asInt() < api.get(ADMIN, "/enterprises?limit=1").json().path("total").asInt());
        // writes outside the jurisdiction are refused and change nothing
        assertEquals(403, api.post(CHENGGUAN, "/enterprises",
                enterprise(newCreditCode(), "越界", OTHER_TOWNSHIP_VILLAGE, null)).status());
        assertEquals(404, api.put(CHENGGUAN, "/enterprises/" + theirs,
                enterprise(theirs, "改名", OTHER_TOWNSHIP_VILLAGE, null)).status());
        assertEquals("临江测试船舶有限公司", api.get(ADMIN, "/enterprises/" + theirs).json().path("name").asText());
        // a leader reads but never writes
        assertEquals(200, api.get(LEADER, "/enterprises/" + mine).status());
        assertEquals(403, api.put(LEADER, "/enterprises/" + mine, enterprise(mine, "领导改名", VILLAGE, GRID)).status());
    }

    // ---------- hazards ----------

    @Test
    public void hazardGoesRoundTheClosedLoopWithHistoryAndEvents() throws Exception {
        String code = newCreditCode();
        assertEquals(201, api.post(ADMIN, "/enterprises", enterprise(code, "闭环测试企业", VILLAGE, GRID)).status());
        Api.Reply registered = api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(10)));
        assertEquals(registered.body(), 201, registered.status());
        long id = registered.json().path("id").asLong();
        assertEquals("REGISTERED", registered.json().path("status").asText());
        assertEquals(VILLAGE, registered.json().path("regionCode").asText());

        try (Connection c = new ActiveMQJMSConnectionFactory("tcp://127.0.0.1:" + System.getProperty("anjian.broker.port"))
                .createConnection("anjian-broker", "anjian-broker")) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer events = s.createConsumer(s.createTopic("anjian.hazard.events"));

            step(id, "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道办事处\"}", "ASSIGNED");
            TextMessage event = (TextMessage) events.receive(15_000);
            assertNotNull("no event on anjian.hazard.events", event);
            JsonNode json = Api.JSON.readTree(event.getText());
            assertEquals(id, json.path("hazardId").asLong());
            assertEquals("ASSIGNED", json.path("to").asText());
            assertEquals("HAZARD_ASSIGN", event.getStringProperty("eventType"));
        }
        step(id, "{\"action\":\"START\"}", "RECTIFYING");
        step(id, "{\"action\":\"SUBMIT\",\"evidence\":\"已更换灭火器并张贴检查卡\"}", "SUBMITTED");
        step(id, "{\"action\":\"REJECT\",\"reason\":\"照片不清晰\"}", "RECTIFYING");
        step(id, "{\"action\":\"SUBMIT\",\"evidence\":\"补充清晰照片\"}", "SUBMITTED");
        JsonNode closed = step(id, "{\"action\":\"ACCEPT\",\"note\":\"复查合格\"}", "CLOSED");
        assertTrue(closed.path("closedAt").isTextual());

        JsonNode history = api.get(ADMIN, "/hazards/" + id).json().path("history");
        assertEquals(7, history.size());
        assertEquals("REGISTER", history.get(0).path("action").asText());
        assertEquals("REJECT", history.get(4).path("action").asText());
        assertTrue(history.get(4).path("note").asText().contains("照片不清晰"));
        assertEquals(ADMIN, history.get(6).path("actor").asText());
    }

    @Test
    public void theDashboardsFiguresAreTheListsFiguresForEachCaller() {
        for (String user : java.util.List.of(ADMIN, CHENGGUAN, "demo-grid", "demo-chemical", "demo-leader")) {
            JsonNode o = api.get(user, "/stats/overview").json();
            assertEquals(user, listTotal(user, "/enterprises"), o.path("enterprises").asInt());
            assertEquals(user, listTotal(user, "/hazards?open=true"), o.path("openHazards").asInt());
            assertEquals(user, listTotal(user, "/hazards?open=true&grade=MAJOR"), o.path("openByGrade").path("MAJOR").asInt());
            assertEquals(user, listTotal(user, "/hazards?overdue=true"), o.path("overdue").asInt());
            assertEquals(user, listTotal(user, "/hazards?open=true&supervision=LISTED"), o.path("listed").asInt());
            assertEquals(user, listTotal(user, "/enterprises?riskColour=RED"), o.path("enterprisesByColour").path("RED").asInt());
            int townships = 0;
            for (JsonNode t : api.get(user, "/stats/townships").json().path("items")) {
                townships += t.path("enterprises").asInt();
                assertEquals(t.toString(), listTotal(user, "/enterprises?regionPrefix=" + t.path("code").asText().substring(0, 9)),
                        t.path("enterprises").asInt());
            }
            assertEquals(user + ": the townships add up to the jurisdiction", o.path("enterprises").asInt(), townships);
        }
        JsonNode months = api.get(CHENGGUAN, "/stats/hazards/monthly?months=12").json().path("items");
        assertEquals(12, months.size());
        String thisMonth = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(thisMonth, months.get(11).path("month").asText());
        assertEquals(listTotal(CHENGGUAN, "/hazards?registeredIn=" + thisMonth), months.get(11).path("registered").asInt());
        assertEquals(listTotal(CHENGGUAN, "/hazards?closedIn=" + thisMonth), months.get(11).path("closed").asInt());
        for (String bad : java.util.List.of("0", "37", "-1", "1.5", "twelve")) {
            Api.Reply r = api.get(CHENGGUAN, "/stats/hazards/monthly?months=" + bad);
            assertEquals(bad + ": " + r.body(), 400, r.status());
            assertEquals("months", r.json().path("field").asText());
        }
        Api.Reply badMonth = api.get(CHENGGUAN, "/hazards?registeredIn=2026-13");
        assertEquals(400, badMonth.status());
        assertEquals("registeredIn", badMonth.json().path("field").asText());
        // the map: one feature per township outline the caller may see, with its figures
        JsonNode map = api.get(CHENGGUAN, "/stats/map").json();
        assertEquals("FeatureCollection", map.path("type").asText());
        assertEquals(1, map.path("features").size());
        assertEquals("330999001000", map.path("features").get(0).path("properties").path("code").asText());
        assertTrue(api.get(ADMIN, "/stats/map").json().path("features").size() > 1);
    }

    @Test
    public void theCurrentUserIsDescribedWithTheNamesOfTheirJurisdictionsPath() {
        JsonNode grid = api.get("demo-grid", "/me").json();
        assertEquals("demo-grid", grid.path("userId").asText());
        assertEquals(GRID, grid.path("jurisdiction").asText());
        assertEquals("GRID", grid.path("jurisdictionLevel").asText());
        assertTrue("a grid member registers what they find", grid.path("canWrite").asBoolean());
        assertEquals("[\"grid-member\"]", grid.path("roles").toString());
        java.util.List<String> path = new java.util.ArrayList<>();
        grid.path("jurisdictionPath").forEach(r -> path.add(r.path("level").asText() + ":" + r.path("name").asText()));
        assertEquals(java.util.List.of("COUNTY:示范县", "TOWNSHIP:城关街道", "VILLAGE:文昌社区", "GRID:文昌社区第1网格"), path);
        JsonNode admin = api.get(ADMIN, "/me").json();
        assertTrue(admin.path("admin").asBoolean());
        assertEquals(1, admin.path("jurisdictionPath").size());
        assertEquals("示范县", admin.path("jurisdictionName").asText());
        JsonNode leader = api.get("demo-leader", "/me").json();
        assertTrue(!leader.path("canWrite").asBoolean());
        assertTrue(leader.path("roleNames").toString().contains("领导"));
        assertEquals(401, api.get(null, "/me").status());
    }

    private int listTotal(String user, String list) {
        Api.Reply r = api.get(user, list + (list.contains("?") ? "&" : "?") + "limit=1");
        assertEquals(list + ": " + r.body(), 200, r.status());
        return r.json().path("total").asInt();
    }

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNg+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    public void evidenceIsUploadedReadInTheJurisdictionAndBadFilesChangeNothing() throws Exception {
        long id = api.get(CHENGGUAN, "/hazards?open=true&limit=1").json().path("items").get(0).path("id").asLong();
        String path = "/hazards/" + id + "/attachments";
        int before = api.get(CHENGGUAN, path).json().path("total").asInt();

        Api.Reply created = multipart(CHENGGUAN, path, part("file", "现场照片.jpg", "image/jpeg", PNG), part("note", null, null,
                "整改前".getBytes(StandardCharsets.UTF_8)));
        assertEquals(created.body(), 201, created.status());
        JsonNode a = created.json();
        assertEquals("image/png", a.path("contentType").asText());
        assertEquals("现场照片.png", a.path("fileName").asText());
        assertEquals("整改前", a.path("note").asText());
        String location = created.headers().firstValue("Location").orElse("");
        assertTrue(location, location.endsWith("/api/v1" + path + "/" + a.path("id").asLong()));
        assertEquals(a, api.get(CHENGGUAN, path + "/" + a.path("id").asLong()).json());
        java.net.http.HttpResponse<byte[]> content = api.getBytes(CHENGGUAN, path + "/" + a.path("id").asLong() + "/content");
        assertEquals(200, content.statusCode());
        assertEquals("image/png", content.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(PNG, content.body()));
        assertEquals("nosniff", content.headers().firstValue("X-Content-Type-Options").orElse(""));

        // outside the jurisdiction the hazard and its files do not exist; a leader reads but does not write
        assertEquals(404, api.get("demo-linjiang", path).status());
        assertEquals(404, api.getBytes("demo-linjiang", path + "/" + a.path("id").asLong() + "/content").statusCode());
        assertEquals(403, multipart("demo-leader", path, part("file", "x.png", "image/png", PNG)).status());
        assertEquals(200, api.get("demo-leader", path).status());

        // bad input: a 400 naming the part, nothing written
        assertRefused(multipart(CHENGGUAN, path, part("file", "a.png", "image/png", "<html>".getBytes(StandardCharsets.UTF_8))), "file");
        assertRefused(multipart(CHENGGUAN, path, part("note", null, null, "只有说明".getBytes(StandardCharsets.UTF_8))), "file");
        assertRefused(multipart(CHENGGUAN, path, part("photo", "a.png", "image/png", PNG)), "photo");
        assertRefused(multipart(CHENGGUAN, path, part("file", "a.png", "image/png", PNG), part("file", "b.png", "image/png", PNG)), "file");
        assertRefused(multipart(CHENGGUAN, path, part("file", "a.png", "image/png", PNG),
                part("note", null, null, "长".repeat(501).getBytes(StandardCharsets.UTF_8))), "note");
        assertRefused(multipart(CHENGGUAN, path, part("file", "a.png", "image/png", new byte[0])), "file");
        Api.Reply json = api.post(CHENGGUAN, path, "{\"file\":\"x\"}");
        assertEquals(json.body(), 415, json.status());
        assertEquals(404, multipart(CHENGGUAN, "/hazards/99999999/attachments", part("file", "a.png", "image/png", PNG)).status());
        assertEquals(before + 1, api.get(CHENGGUAN, path).json().path("total").asInt());
    }

    private static void assertRefused(Api.Reply r, String field) {
        assertEquals(r.body(), 400, r.status());
        assertEquals(r.body(), field, r.json().path("field").asText());
    }

    private static byte[] part(String name, String fileName, String type, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static final String BOUNDARY = "anjian-it-boundary";

    private Api.Reply multipart(String user, String path, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(user, java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    public void notificationsStreamToTheirJurisdictionAndAReconnectGetsWhatItMissed() throws Exception {
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((CHENGGUAN + ":" + CHENGGUAN)
                .getBytes(StandardCharsets.UTF_8));
        java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Void>> stream = client.sendAsync(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url("/events")))
                        .header("Authorization", auth).header("Accept", "text/event-stream").build(),
                java.net.http.HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override public void onSubscribe(java.util.concurrent.Flow.Subscription s) { s.request(Long.MAX_VALUE); }
                    @Override public void onNext(String line) { lines.add(line); }
                    @Override public void onError(Throwable t) { lines.add("ERROR " + t); }
                    @Override public void onComplete() { lines.add("END"); }
                }));
        try {
            String opening = lines.poll(15, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("retry: 5000", opening);
            String code = newCreditCode();
            assertEquals(201, api.post(ADMIN, "/enterprises", enterprise(code, "通知测试企业", VILLAGE, GRID)).status());
            long hazard = api.post(CHENGGUAN, "/hazards", hazard(code, "GENERAL", today().plusDays(10))).json().path("id").asLong();
            String id = null;
            JsonNode data = null;
            for (String line; (line = lines.poll(15, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
                if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data = Api.JSON.readTree(line.substring(6)).path("notification");
                    if (data.path("hazardId").asLong() == hazard) {
                        break;
                    }
                }
            }
            assertNotNull("no notification of hazard " + hazard + " on the stream", data);
            assertEquals(hazard, data.path("hazardId").asLong());
            assertEquals(code, data.path("enterpriseCreditCode").asText());
            // the recent ones: the township's include it, another township's do not
            assertTrue(api.get(CHENGGUAN, "/notifications").body().contains("\"hazardId\":" + hazard));
            assertTrue(!api.get("demo-linjiang", "/notifications").body().contains("\"hazardId\":" + hazard));
            // a reconnect with Last-Event-ID one before gets it again first
            java.net.http.HttpResponse<java.util.stream.Stream<String>> replay = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url("/events")))
                            .header("Authorization", auth).header("Last-Event-ID", String.valueOf(Long.parseLong(id) - 1)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            assertEquals("text/event-stream", replay.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
            try (java.util.stream.Stream<String> body = replay.body()) {
                String first = body.filter(l -> l.startsWith("id: ")).findFirst().orElse(null);
                assertEquals("id: " + id, first);
            }
            Api.Reply badId = api.send(CHENGGUAN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url("/events")))
                    .header("Last-Event-ID", "abc").GET());
            assertEquals(badId.body(), 400, badId.status());
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    public void badHazardInputAndIllegalTransitionsAreRefusedAndChangeNothing() {
        String code = newCreditCode();
        assertEquals(201, api.post(ADMIN, "/enterprises", enterprise(code, "坏输入测试企业", VILLAGE, GRID)).status());
        int before = total(ADMIN, "/hazards?limit=1");
        expectField(api.post(ADMIN, "/hazards", hazard(newCreditCode(), "GENERAL", today().plusDays(5))), 400,
                "enterpriseCreditCode");
        expectField(api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().minusDays(1))), 400, "deadline");
        expectField(api.post(ADMIN, "/hazards", hazard(code, "SEVERE", today().plusDays(1))), 400, "grade");
        expectField(api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(1))
                .replace("\"FIRE\"", "\"NOT_A_CATEGORY\"")), 400, "category");
        expectField(api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(1))
                .replace("\"deadline\":\"", "\"deadline\":\"x")), 400, "deadline");
        assertEquals(before, total(ADMIN, "/hazards?limit=1"));

        long id = api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(3))).json().path("id").asLong();
        Api.Reply illegal = api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ACCEPT\"}");
        assertEquals(illegal.body(), 409, illegal.status());
        assertEquals("ILLEGAL_TRANSITION", illegal.json().path("code").asText());
        assertEquals("ASSIGN", illegal.json().path("allowed").get(0).asText());
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ASSIGN\"}"), 400, "assignee");
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"FLY\"}"), 400, "action");
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{}"), 400, "action");
        JsonNode unchanged = api.get(ADMIN, "/hazards/" + id).json();
        assertEquals("REGISTERED", unchanged.path("status").asText());
        assertEquals(1, unchanged.path("history").size());
        assertEquals(404, api.get(ADMIN, "/hazards/999999999").status());
        expectField(api.get(ADMIN, "/hazards/abc"), 400, "id");

        // a major hazard needs its five items before it leaves registration
        long major = api.post(ADMIN, "/hazards", hazard(code, "MAJOR", today().plusDays(30))).json().path("id").asLong();
        Api.Reply missing = api.post(ADMIN, "/hazards/" + major + "/transitions",
                "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道办事处\"}");
        assertEquals(missing.body(), 409, missing.status());
        assertEquals("responsible", missing.json().path("field").asText());
        step(major, "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道办事处\",\"responsible\":\"张伟（总经理）\","
                + "\"measures\":\"停用并更换储罐安全阀\",\"funds\":\"12万元\",\"contingencyPlan\":\"泄漏应急处置方案\"}", "ASSIGNED");
    }

    /** Issue 9, items 2-4 over HTTP: strict input and honest answers on the platform's endpoints. */
    @Test
    public void mistypedInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        String code = newCreditCode();
        int enterprises = total(ADMIN, "/enterprises?limit=1");
        String valid = enterprise(code, "严格输入测试企业", VILLAGE, GRID);
        expectField(api.post(ADMIN, "/enterprises", valid.replace("\"严格输入测试企业\"", "12345")), 400, "name");
        expectField(api.post(ADMIN, "/enterprises", valid.replace("\"严格输入测试企业\"", "true")), 400, "name");
        expectField(api.post(ADMIN, "/enterprises", valid.replace("}]}", "}],\"version\":1.5}")), 400, "version");
        expectField(api.post(ADMIN, "/enterprises", valid.replace("\"严格输入测试企业\"", "\"严格\\u0000企业\"")), 400, "name");
        expectField(api.post(ADMIN, "/enterprises", valid.replace("\"严格输入测试企业\"", "\"严格\\n企业\"")), 400, "name");
        Api.Reply duplicate = api.post(ADMIN, "/enterprises", valid.replace("{\"creditCode\"",
                "{\"name\":\"重复键\",\"creditCode\""));
        assertEquals(duplicate.body(), "DUPLICATE_KEY", duplicate.json().path("code").asText());
        assertEquals("name", duplicate.json().path("field").asText());
        expectField(api.post(ADMIN, "/enterprises", "null"), 400, "body");
        assertEquals(415, api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/enterprises"))
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(valid))).status());
        assertEquals(enterprises, total(ADMIN, "/enterprises?limit=1"));
        assertEquals(201, api.post(ADMIN, "/enterprises", valid).status());

        int hazards = total(ADMIN, "/hazards?limit=1");
        expectField(api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(5))
                .replace("\"deadline\":\"" + today().plusDays(5), "\"deadline\":\"" + today().plusDays(5) + "T10:00:00")), 400,
                "deadline");
        assertEquals(hazards, total(ADMIN, "/hazards?limit=1"));
        long id = api.post(ADMIN, "/hazards", hazard(code, "GENERAL", today().plusDays(5))).json().path("id").asLong();
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道\","
                + "\"note\":5}"), 400, "note");
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道\","
                + "\"note\":\"" + "注".repeat(1001) + "\"}"), 400, "note");
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ASSIGN\",\"assignee\":\""
                + "长".repeat(201) + "\"}"), 400, "assignee");
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道\","
                + "\"funds\":\"" + "元".repeat(201) + "\"}"), 400, "funds");
        assertEquals(1, api.get(ADMIN, "/hazards/" + id).json().path("history").size());
        step(id, "{\"action\":\"ASSIGN\",\"assignee\":\"城关街道\",\"note\":\"" + "注".repeat(1000) + "\"}", "ASSIGNED");
        // a field the action does not take is a mistake, not something to ignore
        expectField(api.post(ADMIN, "/hazards/" + id + "/transitions", "{\"action\":\"START\",\"assignee\":\"x\"}"),
                400, "assignee");
        step(id, "{\"action\":\"START\"}", "RECTIFYING");
        step(id, "{\"action\":\"SUBMIT\",\"evidence\":\"" + "证".repeat(2000) + "\"}", "SUBMITTED");
        JsonNode rejected = step(id, "{\"action\":\"REJECT\",\"reason\":\"" + "因".repeat(2000) + "\",\"note\":\""
                + "注".repeat(1000) + "\"}", "RECTIFYING");
        assertEquals(5, rejected.path("history").size());
    }

    /** Issue 9, item 4: Allow, OPTIONS, TRACE, an over-long URI and a module that is not installed. */
    @Test
    public void answersOutsideTheOperationsAreHonestAndJson() {
        Api.Reply options = api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/hazards/1"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals("GET,HEAD,OPTIONS", options.headers().firstValue("Allow").orElse(""));
        Api.Reply collection = api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/hazards"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals("GET,HEAD,OPTIONS,POST", collection.headers().firstValue("Allow").orElse(""));
        Api.Reply delete = api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/hazards/1"))
                .DELETE());
        assertEquals(405, delete.status());
        assertEquals("GET,HEAD,OPTIONS", delete.headers().firstValue("Allow").orElse(""));
        assertEquals("METHOD_NOT_ALLOWED", delete.json().path("code").asText());
        Api.Reply trace = api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/hazards/1"))
                .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, trace.status());
        assertEquals("METHOD_NOT_ALLOWED", trace.json().path("code").asText());
        assertEquals("GET,HEAD,OPTIONS", trace.headers().firstValue("Allow").orElse(""));
        Api.Reply tooLong = api.get(ADMIN, "/hazards?status=" + "x".repeat(20_000));
        assertEquals(414, tooLong.status());
        assertEquals("URI_TOO_LONG", tooLong.json().path("code").asText());
        Api.Reply absent = api.get(ADMIN, "/domains/not-installed/things");
        assertEquals(404, absent.status());
        assertEquals("NOT_FOUND", absent.json().path("code").asText());
        assertTrue(absent.headers().firstValue("Allow").isEmpty());
    }

    @Test
    public void demoDataHasHazardsInEveryStateAndOverdueOnesAreSupervised() {
        for (String status : new String[] {"REGISTERED", "ASSIGNED", "RECTIFYING", "SUBMITTED", "CLOSED"}) {
            assertTrue(status, total(ADMIN, "/hazards?limit=1&status=" + status) > 0);
        }
        JsonNode overdue = api.get(ADMIN, "/hazards?overdue=true&limit=500").json();
        assertTrue(overdue.path("total").asInt() >= 30);
        for (JsonNode h : overdue.path("items")) {
            assertTrue(h.toString(), h.path("overdue").asBoolean());
            assertTrue(h.toString(), !"NONE".equals(h.path("supervision").asText()));
        }
        assertTrue(total(ADMIN, "/hazards?limit=1&supervision=LISTED") > 0);
    }

    // ---------- shell ----------

    @Test
    public void shellCommandsForItStaff() throws Exception {
        String status = shell("anjian:status");
        assertTrue(status, status.contains("Anjian is UP"));
        String overdue = shell("anjian:hazards --overdue --limit 5");
        assertTrue(overdue, overdue.contains("SUPERVISED") || overdue.contains("LISTED"));
        String enterprises = shell("anjian:enterprises --colour RED --limit 3");
        assertTrue(enterprises, enterprises.contains("RED"));
        String regions = shell("anjian:regions 330999000000");
        assertTrue(regions, regions.contains("城关街道"));
        String modules = shell("anjian:modules");
        assertTrue(modules, modules.contains("chemical") && modules.contains("化工和危险化学品"));

        // the exchange, with the province unreachable: the run fails, the backlog stays, the ledger says why
        String run = shell("anjian:exchange-run province");
        assertTrue(run, run.contains("FAILED") && run.contains("province unavailable after 2 attempts"));
        assertTrue(run, run.matches("(?s).*backlog now: [1-9][0-9]* pending, 0 open dead letters.*"));
        String runs = shell("anjian:exchange-runs --peer province");
        assertTrue(runs, runs.contains("OUTBOUND") && runs.contains("INBOUND") && runs.contains("FAILED")
                && runs.contains("peers: [province]"));
        String dead = shell("anjian:exchange-dead-letters");
        assertTrue(dead, dead.contains("0 of 0 dead letters"));
        try {
            String replay = shell("anjian:exchange-replay 999999");
            fail("replay of an unknown dead letter printed: " + replay);
        } catch (Exception e) {
            assertTrue(String.valueOf(e.getMessage()), String.valueOf(e.getMessage()).contains("not found"));
        }
    }

    // ---------- helpers ----------

    private JsonNode step(long id, String body, String expectedStatus) {
        Api.Reply r = api.post(ADMIN, "/hazards/" + id + "/transitions", body);
        assertEquals(r.body(), 200, r.status());
        assertEquals(expectedStatus, r.json().path("status").asText());
        return r.json();
    }

    private void expectField(Api.Reply r, int status, String field) {
        assertEquals(r.body(), status, r.status());
        assertEquals(r.body(), field, r.json().path("field").asText());
        assertTrue(r.body(), r.json().path("message").asText().length() > 0);
    }

    private static String base() {
        return "http://127.0.0.1:" + System.getProperty(AnjianContainer.HTTP_PORT) + "/api/v1";
    }

    private int total(String user, String path) {
        Api.Reply r = api.get(user, path);
        assertEquals(r.body(), 200, r.status());
        return r.json().path("total").asInt();
    }

    private String shell(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessionFactory.create(System.in, print, print);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("it-admin"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        print.flush();
        session.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String newCreditCode() {
        String chars = CreditCode.CHARSET;
        StringBuilder body = new StringBuilder("91330999");
        for (int i = 0; i < 9; i++) {
            body.append(chars.charAt(ThreadLocalRandom.current().nextInt(chars.length())));
        }
        return CreditCode.withCheckCharacter(body.toString());
    }

    static String enterprise(String code, String name, String region, String grid) {
        return "{\"creditCode\":\"" + code + "\",\"name\":\"" + name + "\",\"industryCode\":\"2614\","
                + "\"address\":\"浙江省示范县城关街道文昌路1号\",\"regionCode\":\"" + region + "\","
                + "\"gridCode\":" + (grid == null ? "null" : "\"" + grid + "\"") + ","
                + "\"supervisingDepartments\":[\"应急管理局\"],\"riskColour\":\"YELLOW\",\"assessment\":\"GOOD\","
                + "\"standardizationGrade\":\"LEVEL2\","
                + "\"guarantors\":[{\"name\":\"王建国\",\"position\":\"城关街道副主任\",\"phone\":\"13905801234\"}]}";
    }

    static String hazard(String code, String grade, LocalDate deadline) {
        return "{\"enterpriseCreditCode\":\"" + code + "\",\"source\":\"ENFORCEMENT\",\"grade\":\"" + grade + "\","
                + "\"category\":\"FIRE\",\"description\":\"灭火器压力不足\",\"deadline\":\"" + deadline + "\"}";
    }
}
