package org.anjian.itests.paxexam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The domain SPI in the running distribution: the chemical domain's contributions appear in the
 * platform (modules, checklists, categories, risk, its own endpoint), disappear when the feature is
 * uninstalled live, and come back on reinstall, while no platform bundle changes state or id.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DomainModulesIT {
    private static final String ADMIN = "demo-admin";
    private static final String FEATURE = "anjian-domain-chemical";
    private static final String ASSESS = "/domains/chemical/major-hazard-assessments";
    private static final String SAMPLE = "/domains/sample/items";
    private static final String WORKED_EXAMPLE = "{\"substances\":[{\"cas\":\"7664-41-7\",\"quantityTonnes\":20},"
            + "{\"name\":\"甲醇\",\"quantityTonnes\":300}],\"exposedPopulation\":60}";

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext context;

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        // the special-equipment overdue check every minute, from the start (the default is hourly)
        return AnjianContainer.options("domain-modules",
                editConfigurationFilePut("etc/org.anjian.specialequipment.job.cfg", "initialDelayMinutes", "0"),
                editConfigurationFilePut("etc/org.anjian.specialequipment.job.cfg", "intervalMinutes", "1"));
    }

    @Before
    public void healthy() {
        api.awaitHealthy();
    }

    @Test
    public void chemicalDomainContributesToThePlatform() {
        JsonNode modules = api.get(ADMIN, "/modules").json();
        JsonNode chemical = find(modules.path("items"), "chemical");
        assertEquals("化工和危险化学品", chemical.path("nameZh").asText());
        assertEquals(1, chemical.path("contributions").path("checklists").asInt());
        assertTrue(chemical.path("contributions").path("hazardCategories").asInt() >= 4);
        assertTrue(chemical.toString(), chemical.path("contributions").path("resources").asInt() >= 7);
        assertEquals(4, chemical.path("contributions").path("consolePages").asInt());

        JsonNode checklists = api.get(ADMIN, "/checklists?module=chemical").json();
        assertEquals(1, checklists.path("total").asInt());
        JsonNode items = checklists.path("items").get(0).path("items");
        assertEquals(20, items.size());
        assertTrue(items.get(0).path("majorHazardCriterion").asBoolean());

        JsonNode categories = api.get(ADMIN, "/hazards/categories").json();
        assertTrue(categories.toString().contains("CHEMICAL_MAJOR_HAZARD_SOURCE"));
        assertEquals(0, api.get(ADMIN, "/checklists?module=no-such-module").json().path("total").asInt());

        // its console page: listed for signed-in users, its ES module served to the browser without login
        JsonNode pages = api.get(ADMIN, "/console/pages?module=chemical").json();
        java.util.Map<String, String> kinds = new java.util.TreeMap<>();
        pages.path("items").forEach(p -> kinds.put(p.path("module").asText(), p.path("kind").asText()));
        assertEquals(java.util.Map.of("major-hazard.js", "PAGE", "alarms.js", "PAGE", "enterprise-tab.js", "ENTERPRISE_TAB",
                "dashboard-widget.js", "DASHBOARD_WIDGET"), kinds);
        assertEquals(401, api.get(null, "/console/pages").status());
        Api.Reply script = api.get(null, "/console/chemical/major-hazard.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("export default"));
        assertEquals(404, api.get(null, "/console/chemical/..%2F..%2Fchemical%2Fgb18218-substances.csv").status());
        assertEquals(404, api.get(null, "/console/chemical/gb18218-substances.csv").status());
        assertEquals(404, api.get(null, "/console/no-such-module/major-hazard.js").status());
    }

    /**
     * Jurisdiction is one rule for domain data too: for every list endpoint of every installed module (from its OpenAPI
     * document) and every restricted demo user, each record's enterprise is one {@code GET /enterprises/{creditCode}}
     * shows the same user, and the detail of a record the user's list does not hold answers 404.
     */
    @Test
    public void everyDomainRecordBelongsToAnEnterpriseTheCallerMaySee() {
        int[] totals = new int[4];
        for (JsonNode m : api.get(ADMIN, "/modules").json().path("items")) {
            int[] counts = checkScope(m.path("id").asText());
            for (int i = 0; i < 4; i++) {
                totals[i] += counts[i];
            }
        }
        System.out.println("MEASURE domain records checked against the enterprise scope: " + totals[1] + " in "
                + totals[0] + " lists, " + totals[2] + " foreign details refused, " + totals[3]
                + " writes to foreign records refused: " + CHECKED);
        assertTrue(totals[0] >= 5);
        assertTrue(totals[1] > 0);
        assertTrue("writes to foreign records were refused for the scope", totals[3] > 0);
    }

    /** The lists the scope check covered, for its report. */
    private static final java.util.List<String> CHECKED = new java.util.ArrayList<>();

    private static final java.util.List<String> RESTRICTED = java.util.List.of("demo-chemical", "demo-chengguan",
            "demo-linjiang", "demo-grid");

    /**
     * For every list endpoint of the module (from its OpenAPI document) whose records name an enterprise, and every
     * restricted user: each record listed is of an enterprise that GET /enterprises/{creditCode} shows the user, and
     * the detail endpoint answers 404 for a record the user does not list. Returns {lists, records, details}.
     */
    private int[] checkScope(String moduleId) {
        java.util.List<String> users = RESTRICTED;
        int records = 0;
        int details = 0;
        int lists = 0;
        int writes = 0;
        {
            String base = "/domains/" + moduleId;
            JsonNode paths = api.get(null, base + "/openapi.json").json().path("paths");
            for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String path = it.next();
                JsonNode get = paths.path(path).path("get");
                if (path.contains("{") || get.isMissingNode()
                        || !get.path("responses").path("200").path("content").has("application/json")) {
                    continue;
                }
                JsonNode all = api.get(ADMIN, base + path + "?limit=500").json().path("items");
                if (!all.isArray() || all.isEmpty() || !all.get(0).has("enterpriseCreditCode")) {
                    continue;
                }
                lists++;
                CHECKED.add(base + path);
                String detail = paths.properties().stream().map(java.util.Map.Entry::getKey)
                        .filter(p -> p.matches(java.util.regex.Pattern.quote(path) + "/\\{[^/}]+\\}")
                                && paths.path(p).has("get"))
                        .findFirst().orElse(null);
                // a record's key is the detail path's parameter ({id}, {code}, ...), as the document names it
                String key = detail == null ? "id" : detail.replaceAll(".*\\{([^}]+)\\}$", "$1");
                for (String user : users) {
                    java.util.Map<String, Boolean> sees = new java.util.HashMap<>();
                    java.util.Set<String> mine = new java.util.HashSet<>();
                    for (JsonNode item : api.get(user, base + path + "?limit=500").json().path("items")) {
                        String code = item.path("enterpriseCreditCode").asText();
                        boolean visible = sees.computeIfAbsent(code, c -> api.get(user, "/enterprises/" + c).status() == 200);
                        assertTrue(user + " gets " + base + path + " " + item.path(key).asText() + " of enterprise " + code
                                + ", which GET /enterprises answers 404 to that user", visible);
                        mine.add(item.path(key).asText());
                        records++;
                    }
                    if (detail != null) {
                        for (JsonNode item : all) {
                            if (!mine.contains(item.path(key).asText())) {
                                String url = base + detail.replaceAll("\\{[^}]+\\}", item.path(key).asText());
                                assertEquals(user + " " + url, 404, api.get(user, url).status());
                                details++;
                                writes += checkForeignWrites(user, base, paths, detail, url);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return new int[] {lists, records, details, writes};
    }

    /**
     * Every write operation (POST, PUT, DELETE) on a record of a detail path or below it, sent by {@code user} for a
     * record outside the user's scope with the operation's documented example body: refused (403 or 404; 400 when
     * the example itself is refused first) and the record, as the administrator reads it, unchanged. Returns how
     * many writes were refused for the scope (403 or 404).
     */
    private int checkForeignWrites(String user, String base, JsonNode paths, String detail, String url) {
        int refused = 0;
        for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!path.equals(detail) && !path.startsWith(detail + "/")) {
                continue;
            }
            String target = base + path.replaceFirst("\\{[^}]+\\}", url.substring(url.lastIndexOf('/') + 1))
                    .replaceAll("\\{[^}]+\\}", "x");
            for (String method : new String[] {"post", "put", "delete"}) {
                JsonNode op = paths.path(path).path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                JsonNode example = op.path("requestBody").path("content").path("application/json").path("example");
                String body = example.isMissingNode() ? "{}" : example.toString();
                long audited = auditEntriesBy(user);
                Api.Reply reply = switch (method) {
                    case "post" -> api.post(user, target, body);
                    case "put" -> api.put(user, target, body);
                    default -> api.delete(user, target);
                };
                assertTrue(user + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + target + " outside the scope: "
                        + reply.status() + " " + reply.body(), java.util.Set.of(400, 403, 404).contains(reply.status()));
                if (reply.status() != 400) {
                    refused++;
                }
                // every write of a domain is audited in its transaction, under the caller: none means nothing written
                assertEquals(user + " " + method + " " + target + " wrote something", audited, auditEntriesBy(user));
            }
        }
        return refused;
    }

    /**
     * Every console page of every installed module: its ES module is served, default-exports a component and imports
     * only what the host's import map provides (vue, element-plus, echarts, the console SDK) or its own files.
     */
    @Test
    public void everyConsolePageIsAModuleOfTheHostsImportMap() {
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?m)^\\s*import\\s[^'\"]*['\"]([^'\"]+)['\"]");
        java.util.Set<String> shared = java.util.Set.of("vue", "element-plus", "echarts", "@anjian/console-sdk");
        int checked = 0;
        for (JsonNode page : api.get(ADMIN, "/console/pages").json().path("items")) {
            String url = "/console/" + page.path("moduleId").asText() + "/" + page.path("module").asText();
            Api.Reply script = api.get(null, url);
            assertEquals(url, 200, script.status());
            assertTrue(url + " is served as JavaScript",
                    script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(url + " has no default export", script.body().contains("export default"));
            java.util.regex.Matcher m = imports.matcher(script.body());
            while (m.find()) {
                String name = m.group(1);
                assertTrue(url + " imports " + name + ", which the host does not share",
                        shared.contains(name) || name.startsWith("./"));
            }
            assertEquals(page.toString(), "1.0", page.path("consoleApiVersion").asText());
            checked++;
        }
        System.out.println("MEASURE console pages checked: " + checked);
        assertTrue(checked >= 4);
    }

    @Test
    public void gb18218WorkedExampleAndBadInput() {
        Api.Reply r = api.post(ADMIN, ASSESS, WORKED_EXAMPLE);
        assertEquals(r.body(), 200, r.status());
        JsonNode result = r.json();
        assertEquals(2.6, result.path("s").asDouble(), 1e-9);
        assertEquals(6.9, result.path("r").asDouble(), 1e-9);
        assertTrue(result.path("major").asBoolean());
        assertEquals(4, result.path("grade").asInt());

        Api.Reply unknown = api.post(ADMIN, ASSESS,
                "{\"substances\":[{\"name\":\"不存在的化学品\",\"quantityTonnes\":1}],\"exposedPopulation\":5}");
        assertEquals(unknown.body(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.json().path("message").asText().contains("不存在的化学品"));
        Api.Reply negative = api.post(ADMIN, ASSESS,
                "{\"substances\":[{\"cas\":\"7664-41-7\",\"quantityTonnes\":-1}],\"exposedPopulation\":5}");
        assertEquals(400, negative.status());
        assertEquals("substances[0].quantityTonnes", negative.json().path("field").asText());
        assertEquals("exposedPopulation", api.post(ADMIN, ASSESS, "{\"substances\":[{\"cas\":\"7664-41-7\","
                + "\"quantityTonnes\":1}]}").json().path("field").asText());
        assertEquals(401, api.post(null, ASSESS, WORKED_EXAMPLE).status());
    }

    @Test
    public void chemicalRecordsGoThroughTheApiWithValidationAndJurisdiction() {
        Api.await("the chemical demo parks", Duration.ofSeconds(90), () -> api.get(ADMIN, "/domains/chemical/parks"),
                r -> r.status() == 200 && r.json().path("total").asInt() >= 2);
        String code = null;
        for (JsonNode e : api.get(ADMIN, "/enterprises?industryCode=26&limit=100").json().path("items")) {
            if (!e.path("regionCode").asText().startsWith("330999101")) {
                code = e.path("creditCode").asText();
                break;
            }
        }
        assertTrue("no chemical enterprise outside 临江镇 in the demo county", code != null);

        Api.Reply source = api.post(ADMIN, "/domains/chemical/major-hazard-sources", "{\"enterpriseCreditCode\":\"" + code
                + "\",\"name\":\"液氨储罐区\",\"unitType\":\"STORAGE\",\"exposedPopulation\":60,\"substances\":["
                + "{\"name\":\"液氨\",\"quantityTonnes\":20},{\"cas\":\"67-56-1\",\"quantityTonnes\":300}],"
                + "\"guarantors\":[{\"role\":\"PRINCIPAL\",\"name\":\"张国强\",\"position\":\"总经理\",\"phone\":\"13905801111\"}]}");
        assertEquals(source.body(), 201, source.status());
        assertEquals(4, source.json().path("grade").asInt());
        assertEquals(2.6, source.json().path("s").asDouble(), 1e-9);
        String sourceId = source.json().path("id").asText();
        assertEquals(200, api.get(ADMIN, "/domains/chemical/major-hazard-sources/" + sourceId).status());
        assertEquals(404, api.get("demo-linjiang", "/domains/chemical/major-hazard-sources/" + sourceId).status());
        Api.Reply unknown = api.post(ADMIN, "/domains/chemical/major-hazard-sources", "{\"enterpriseCreditCode\":\""
                + code + "\",\"name\":\"未知\",\"unitType\":\"STORAGE\",\"exposedPopulation\":1,\"substances\":["
                + "{\"name\":\"不存在的化学品\",\"quantityTonnes\":1}]}");
        assertEquals(unknown.body(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.json().path("field").asText().startsWith("substances[0]"));

        Api.Reply point = api.post(ADMIN, "/domains/chemical/monitoring-points", "{\"enterpriseCreditCode\":\"" + code
                + "\",\"tag\":\"LT-IT-101\",\"name\":\"液氨储罐液位\",\"kind\":\"LEVEL\",\"unit\":\"%\","
                + "\"lowLimit\":10,\"highLimit\":85}");
        assertEquals(point.body(), 201, point.status());
        String pointId = point.json().path("id").asText();
        Api.Reply readings = api.post(ADMIN, "/domains/chemical/monitoring/readings", "{\"readings\":[{\"pointId\":\""
                + pointId + "\",\"at\":\"" + java.time.Instant.now().minusSeconds(60) + "\",\"value\":91.5}]}");
        assertEquals(readings.body(), 200, readings.status());
        JsonNode alarms = api.get(ADMIN, "/domains/chemical/alarms?status=RAISED&enterpriseCreditCode=" + code).json();
        assertTrue(alarms.toString(), alarms.toString().contains(pointId));

        java.time.Instant from = java.time.Instant.now().plusSeconds(600);
        Api.Reply tooLong = api.post(ADMIN, "/domains/chemical/work-permits", "{\"enterpriseCreditCode\":\"" + code
                + "\",\"workType\":\"HOT_WORK\",\"grade\":\"SPECIAL\",\"validFrom\":\"" + from + "\",\"validUntil\":\""
                + from.plusSeconds(10 * 3600) + "\",\"location\":\"罐区\",\"applicant\":\"李明\",\"attendant\":\"王强\"}");
        assertEquals(tooLong.body(), 400, tooLong.status());
        assertEquals("validUntil", tooLong.json().path("field").asText());
    }

    /** Issue 9, items 1, 3 and 4: the domains' endpoints keep the platform's contract. */
    @Test
    public void domainEndpointsKeepThePlatformsContract() throws Exception {
        // creations answer 201 with the new record's Location, which answers
        Api.Reply park = api.post(ADMIN, "/domains/chemical/parks",
                "{\"code\":\"IT-P-" + System.nanoTime() + "\",\"name\":\"契约测试园区\",\"regionCode\":\"330999104000\","
                        + "\"safetyGrade\":\"B\"}");
        assertEquals(park.body(), 201, park.status());
        String location = park.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.endsWith("/domains/chemical/parks/" + park.json().path("id").asText()));
        assertEquals(200, api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(location)).GET()).status());
        // paging parameters are 400s naming them, as on the platform's lists
        for (String list : new String[] {"/domains/chemical/parks", "/domains/chemical/alarms",
                "/domains/special-equipment/equipment"}) {
            assertEquals(list, "offset", api.get(ADMIN, list + "?offset=x").json().path("field").asText());
            assertEquals(list, 400, api.get(ADMIN, list + "?limit=1.5").status());
            assertEquals(list, "limit", api.get(ADMIN, list + "?limit=501").json().path("field").asText());
        }
        // enumerations are exact; mistyped and lower-case values are refused naming the field
        Api.Reply lower = api.post(ADMIN, "/domains/chemical/parks", "{\"code\":\"X\",\"name\":\"x\","
                + "\"regionCode\":\"330999104000\",\"safetyGrade\":\"b\"}");
        assertEquals(lower.body(), "safetyGrade", lower.json().path("field").asText());
        Api.Reply mistyped = api.post(ADMIN, ASSESS, "{\"substances\":[{\"cas\":\"7664-41-7\",\"quantityTonnes\":1}],"
                + "\"exposedPopulation\":1.5}");
        assertEquals(mistyped.body(), 400, mistyped.status());
        assertEquals("exposedPopulation", mistyped.json().path("field").asText());
        assertEquals("status", api.get(ADMIN, "/domains/chemical/alarms?status=raised").json().path("field").asText());
        // an escalated alarm (the demo county has one) can be handled: each change has its own exchange key
        JsonNode escalated = Api.await("an escalated demo alarm", Duration.ofSeconds(120),
                () -> api.get(ADMIN, "/domains/chemical/alarms?status=ESCALATED"),
                r -> r.status() == 200 && r.json().path("total").asInt() > 0).json().path("items").get(0);
        Api.Reply handled = api.post(ADMIN, "/domains/chemical/alarms/" + escalated.path("id").asText() + "/handle",
                "{\"note\":\"已到场处置\"}");
        assertEquals(handled.body(), 200, handled.status());
        assertEquals("HANDLED", handled.json().path("status").asText());
        assertEquals(escalated.path("version").asLong() + 1, handled.json().path("version").asLong());
        assertEquals(409, api.post(ADMIN, "/domains/chemical/alarms/" + escalated.path("id").asText() + "/handle", "{}")
                .status());
        // an elevator named by id and, contradicting it, by code is refused, naming the code
        JsonNode elevators = Api.await("demo elevators", Duration.ofSeconds(120),
                () -> api.get(ADMIN, "/domains/special-equipment/equipment?category=3&limit=10"),
                r -> r.status() == 200 && r.json().path("total").asInt() > 1).json().path("items");
        String at = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8)).minusMinutes(5).withNano(0).toString();
        Api.Reply contradiction = api.post(ADMIN, "/domains/special-equipment/elevator-events", "{\"equipmentId\":\""
                + elevators.get(0).path("id").asText() + "\",\"equipmentCode\":\"" + elevators.get(1).path("equipmentCode").asText()
                + "\",\"kind\":\"FAULT\",\"at\":\"" + at + "\"}");
        assertEquals(contradiction.body(), 400, contradiction.status());
        assertEquals("equipmentCode", contradiction.json().path("field").asText());
        // the Allow of a domain resource lists its own methods
        Api.Reply options = api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                + System.getProperty(AnjianContainer.HTTP_PORT) + "/api/v1/domains/chemical/alarms/x/handle"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals("OPTIONS,POST", options.headers().firstValue("Allow").orElse(""));
    }

    @Test
    public void overdueEquipmentRaisesAHazardThatTheNextInspectionCloses() {
        String list = "/domains/special-equipment/equipment";
        JsonNode overdue = Api.await("overdue demo equipment", Duration.ofSeconds(120),
                () -> api.get(ADMIN, list + "?overdue=true&limit=50"),
                r -> r.status() == 200 && r.json().path("total").asInt() > 0).json();
        assertTrue(api.get(ADMIN, list + "?dueWithinDays=30").json().path("total").asInt() > 0);
        String id = overdue.path("items").get(0).path("id").asText();
        JsonNode detail = Api.await("the overdue hazard", Duration.ofSeconds(150), () -> api.get(ADMIN, list + "/" + id),
                r -> r.status() == 200 && r.json().path("overdueHazards").size() > 0).json();
        long hazardId = detail.path("overdueHazards").get(0).path("hazardId").asLong();
        JsonNode hazard = api.get(ADMIN, "/hazards/" + hazardId).json();
        assertEquals("SPECIAL_EQUIPMENT_INSPECTION_OVERDUE", hazard.path("category").asText());
        assertTrue(hazard.path("overdue").isBoolean());

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply inspected = api.post(ADMIN, list + "/" + id + "/inspections", "{\"inspectedOn\":\"" + today
                + "\",\"result\":\"PASS\",\"inspector\":\"示范县特种设备检验所\",\"reportNo\":\"IT-2026-001\"}");
        assertEquals(inspected.body(), 201, inspected.status());
        String inspection = inspected.headers().firstValue("Location").orElseThrow();
        assertTrue(inspection, inspection.contains(list + "/" + id + "/inspections/"));
        assertEquals(200, api.send(ADMIN, java.net.http.HttpRequest.newBuilder(java.net.URI.create(inspection)).GET()).status());
        assertEquals("CLOSED", api.get(ADMIN, "/hazards/" + hazardId).json().path("status").asText());
        assertEquals("OK", api.get(ADMIN, list + "/" + id).json().path("equipment").path("inspectionStatus").asText());

        Api.Reply bad = api.post(ADMIN, list, "{\"enterpriseCreditCode\":\"" + hazard.path("enterpriseCreditCode").asText()
                + "\",\"categoryCode\":\"9999\",\"location\":\"一号车间\"}");
        assertEquals(bad.body(), 400, bad.status());
        assertEquals("categoryCode", bad.json().path("field").asText());
    }

    @Test
    public void enterpriseRiskIsExplainedWithTheDomainsIndicator() {
        // a chemical enterprise of the demo county with open hazards
        JsonNode page = api.get(ADMIN, "/enterprises?industryCode=26&riskColour=RED&limit=50").json();
        assertTrue(page.path("total").asInt() > 0);
        boolean explained = false;
        for (JsonNode e : page.path("items")) {
            JsonNode risk = api.get(ADMIN, "/enterprises/" + e.path("creditCode").asText() + "/risk").json();
            assertEquals("RED", risk.path("riskColour").asText());
            assertTrue(risk.path("explanation").asText(), risk.path("explanation").asText().startsWith("风险等级: 红"));
            for (JsonNode score : risk.path("indicators")) {
                if (score.path("indicatorId").asText().equals("chemical-open-hazards")) {
                    explained |= score.path("explanation").asText().contains("分");
                }
            }
        }
        assertTrue("no chemical indicator score among " + page.path("total"), explained);
        // the risk of an enterprise outside the caller's jurisdiction is not found
        for (JsonNode e : page.path("items")) {
            if (!e.path("regionCode").asText().startsWith("330999101")) {
                assertEquals(404, api.get("demo-linjiang", "/enterprises/" + e.path("creditCode").asText() + "/risk")
                        .status());
                break;
            }
        }
    }

    @Test
    public void uninstallRemovesEverythingAndReinstallBringsItBackWithoutTouchingThePlatform() throws Exception {
        Map<Long, String> platform = platformBundles();
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            Api.await("the chemical endpoint to go", Duration.ofSeconds(30),
                    () -> api.post(ADMIN, ASSESS, WORKED_EXAMPLE), r -> r.status() == 404);
            long gone = (System.nanoTime() - start) / 1_000_000;
            assertFalse(api.get(ADMIN, "/modules").body().contains("\"chemical\""));
            assertEquals(0, api.get(ADMIN, "/checklists?module=chemical").json().path("total").asInt());
            assertFalse(api.get(ADMIN, "/hazards/categories").body().contains("CHEMICAL_"));
            assertEquals(0, api.get(ADMIN, "/console/pages?module=chemical").json().path("total").asInt());
            assertEquals(404, api.get(null, "/console/chemical/major-hazard.js").status());
            assertEquals(platform, platformBundles());

            start = System.nanoTime();
            features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            Api.await("the chemical endpoint to answer", Duration.ofSeconds(60),
                    () -> api.post(ADMIN, ASSESS, WORKED_EXAMPLE), r -> r.status() == 200);
            long back = (System.nanoTime() - start) / 1_000_000;
            assertTrue(api.get(ADMIN, "/modules").body().contains("\"chemical\""));
            Map<Long, String> now = platformBundles();
            long changed = platform.entrySet().stream().filter(e -> !e.getValue().equals(now.get(e.getKey()))).count();
            System.out.printf("MEASURE run %d: uninstall %s to 404 %d ms; install to first answer %d ms; "
                    + "platform bundles refreshed or changed: %d%n", run, FEATURE, gone, back, changed);
            assertEquals(platform, now);
            // the platform API kept serving throughout
            assertEquals(200, api.get(null, "/health").status());
        }
    }

    @Test
    public void aDomainDeployedAsKarIsUpgradedInPlaceAndRemovedKeepingItsData() throws Exception {
        Map<Long, String> platform = platformBundles();
        Path kar = Path.of(System.getProperty("anjian.fixture.sample.kar"));
        assertTrue("fixture KAR missing: " + kar, Files.isRegularFile(kar));

        // 1. hot deployment: drop the KAR into deploy/
        long start = System.nanoTime();
        Files.copy(kar, Path.of(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString()),
                StandardCopyOption.REPLACE_EXISTING);
        Api.await("the sample domain to answer", Duration.ofSeconds(90), () -> api.get(ADMIN, SAMPLE),
                r -> r.status() == 200);
        System.out.printf("MEASURE KAR dropped into deploy/ to first answer: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals("1.0.0", find(api.get(ADMIN, "/modules").json().path("items"), "sample").path("version").asText());
        // one item for an enterprise each restricted user sees; the first is the one followed through the upgrade
        java.util.Set<String> owners = new java.util.LinkedHashSet<>();
        for (String user : RESTRICTED) {
            owners.add(api.get(user, "/enterprises?limit=1").json().path("items").get(0).path("creditCode").asText());
        }
        String first = owners.iterator().next();
        assertEquals(201, api.post(ADMIN, SAMPLE, "{\"name\":\"液氨储罐区\",\"enterpriseCreditCode\":\"" + first + "\"}").status());
        int n = 0;
        for (String owner : owners) {
            if (!owner.equals(first)) {
                assertEquals(201, api.post(ADMIN, SAMPLE, "{\"name\":\"液氨储罐区-" + (++n) + "\",\"enterpriseCreditCode\":\""
                        + owner + "\"}").status());
            }
        }
        assertEquals("name", api.post(ADMIN, SAMPLE, "{\"name\":\"\",\"enterpriseCreditCode\":\"" + first + "\"}")
                .json().path("field").asText());
        // a write for an enterprise outside the caller's scope is refused and changes nothing
        String foreign = owners.stream().filter(o -> api.get("demo-grid", "/enterprises/" + o).status() == 404)
                .findFirst().orElseThrow();
        long count = api.get(ADMIN, SAMPLE).json().path("total").asLong();
        Api.Reply refused = api.post("demo-grid", SAMPLE, "{\"name\":\"越权\",\"enterpriseCreditCode\":\"" + foreign + "\"}");
        assertTrue("grid member writing outside the grid: " + refused.status(),
                refused.status() == 403 || (refused.status() == 400
                        && "enterpriseCreditCode".equals(refused.json().path("field").asText())));
        assertEquals(count, api.get(ADMIN, SAMPLE).json().path("total").asLong());
        // the fixture is held to the platform's one jurisdiction rule by the same check as every domain
        int[] scope = checkScope("sample");
        assertEquals(1, scope[0]);
        assertTrue("restricted users see sample items", scope[1] > 0);
        assertTrue("foreign sample items answer 404", scope[2] > 0);
        JsonNode before = api.get(ADMIN, SAMPLE).json().path("items");
        assertEquals(owners.size(), before.size());
        assertFalse(before.get(0).has("note"));

        // 2. upgrade to 1.1.0, whose migration adds a column: the data stays and gains it
        features.addRepository(Path.of(System.getProperty("anjian.fixture.sample.v2.features")).toUri());
        start = System.nanoTime();
        features.installFeature("anjian-domain-sample", "1.1.0",
                EnumSet.of(FeaturesService.Option.Upgrade, FeaturesService.Option.NoAutoRefreshBundles));
        Api.await("version 1.1.0", Duration.ofSeconds(90), () -> api.get(ADMIN, "/modules").body(),
                body -> body.contains("\"1.1.0\""));
        JsonNode after = Api.await("the upgraded endpoint", Duration.ofSeconds(30), () -> api.get(ADMIN, SAMPLE),
                r -> r.status() == 200).json().path("items");
        System.out.printf("MEASURE upgrade 1.0.0 -> 1.1.0 to first answer: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(before.size(), after.size());
        assertEquals(before.get(0).path("id").asText(), after.get(0).path("id").asText());
        assertEquals("液氨储罐区", after.get(0).path("name").asText());
        assertEquals("v1.1", after.get(0).path("note").asText());
        assertEquals(1, bundlesNamed("anjian-domain-sample"));

        // 3. removal: endpoints and module gone, tables and data kept; reinstall brings them back
        features.uninstallFeature("anjian-domain-sample", "1.1.0",
                EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Api.await("the sample endpoint to go", Duration.ofSeconds(30), () -> api.get(ADMIN, SAMPLE),
                r -> r.status() == 404);
        assertFalse(api.get(ADMIN, "/modules").body().contains("\"sample\""));
        features.installFeature("anjian-domain-sample", "1.1.0", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        JsonNode back = Api.await("the reinstalled endpoint", Duration.ofSeconds(60), () -> api.get(ADMIN, SAMPLE),
                r -> r.status() == 200).json().path("items");
        assertEquals("液氨储罐区", back.get(0).path("name").asText());

        assertEquals(platform, platformBundles());
    }

    /** Audit rows recorded under a user, read from the platform's database. */
    private long auditEntriesBy(String user) {
        try {
            java.util.Collection<org.osgi.framework.ServiceReference<javax.sql.DataSource>> refs = context
                    .getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=anjian-raw)");
            javax.sql.DataSource ds = context.getService(refs.iterator().next());
            try (java.sql.Connection c = ds.getConnection();
                 java.sql.PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ?")) {
                ps.setString(1, user);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (java.sql.SQLException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private long bundlesNamed(String symbolicName) {
        return java.util.Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .count();
    }

    /** Every bundle but the domain's, with its id and state: must not change when a domain comes and goes. */
    private Map<Long, String> platformBundles() {
        Map<Long, String> out = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && !b.getSymbolicName().startsWith("anjian-domain-")
                    && !b.getLocation().contains("anjian-fixture")) {
                out.put(b.getBundleId(), b.getSymbolicName() + "@" + b.getState() + "@" + b.getLastModified());
            }
        }
        return out;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError(id + " not among " + items);
    }
}
