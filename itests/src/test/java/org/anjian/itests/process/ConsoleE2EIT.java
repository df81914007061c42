package org.anjian.itests.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console in a real Chromium against the real distribution and a real Keycloak: the users' journeys of
 * {@code bundles/console/app/e2e/run.mjs} (township officer, grid member, leader, bureau administrator), with this
 * test doing what only it can: the Karaf shell over SSH (a domain uninstalled and installed while the browser
 * stays on the page) and the check of the exported workbook against the API. Screenshots and the accessibility
 * report land in {@code target/console-e2e}.
 */
class ConsoleE2EIT {
    private static final Duration BOOT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KeycloakServer keycloak;
    private static KarafProcess karaf;
    private static Path root;
    private static Path out;

    @BeforeAll
    static void start() throws IOException {
        Path target = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        root = target.getParent().getParent();
        out = target.resolve("console-e2e");
        KarafProcess.deleteRecursively(out);
        Files.createDirectories(out);
        Path runtime = target.resolve("console-e2e-runtime");
        KarafProcess.deleteRecursively(runtime);
        karaf = KarafProcess.unpack(Path.of(System.getProperty("anjian.distribution")), runtime);
        keycloak = new KeycloakServer(root).withConsoleUrls("http://127.0.0.1:" + karaf.ports().http());
        keycloak.start();
        karaf.withEnvironment("ANJIAN_SSO_ISSUER", keycloak.issuer());
        karaf.start();
        karaf.waitForHealthUp(BOOT);
        await("the domains' demo data").atMost(BOOT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> get("/domains/special-equipment/equipment?limit=1").path("total").asInt() > 0
                        && get("/domains/chemical/major-hazard-sources?limit=1").path("total").asInt() > 0);
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void theUsersJourneysHoldInARealBrowser() throws Exception {
        Path app = root.resolve("bundles/console/app");
        ProcessBuilder pb = new ProcessBuilder("node", "e2e/run.mjs").directory(app.toFile()).redirectErrorStream(true);
        pb.environment().put("ANJIAN_BASE", "http://127.0.0.1:" + karaf.ports().http());
        pb.environment().put("ANJIAN_OUT", out.toString());
        pb.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
        long started = System.nanoTime();
        Process node = pb.start();
        List<String> lines = new ArrayList<>();
        List<String> workbooks = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
             Writer answer = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
                System.out.println(line);
                if (line.startsWith("HOST ")) {
                    String[] words = line.split(" ");
                    answer.write(host(words[1], words[2]) + "\n");
                    answer.flush();
                } else if (line.startsWith("XLSX ")) {
                    workbooks.add(line.substring(5));
                }
            }
        }
        boolean ended = node.waitFor(1, TimeUnit.MINUTES);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("MEASURE console end-to-end run " + seconds + " s (Chromium, 4 users, "
                + countScreenshots() + " screenshots in " + out + ")");
        assertThat(ended).as("the browser run ended").isTrue();
        assertThat(node.exitValue()).as("the console's journeys failed:%n%s", String.join("\n", lines.stream()
                .filter(l -> l.startsWith("FAIL") || l.startsWith("STEP")).toList())).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("DONE 0 failures"));
        assertThat(workbooks).isNotEmpty();
        for (String w : workbooks) {
            String[] parts = w.split(" ");
            workbookMatchesTheApi(Path.of(parts[0]), parts[1]);
        }
    }

    /** The exported rows are the API's list under the same filter: same count, same codes, same names. */
    private static void workbookMatchesTheApi(Path file, String query) throws Exception {
        JsonNode list = get("/enterprises?limit=500&" + query);
        Set<String> expected = new HashSet<>();
        list.path("items").forEach(e -> expected.add(e.path("creditCode").asText() + "|" + e.path("name").asText()));
        Set<String> exported = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            Row head = sheet.getRow(0);
            assertThat(cells.formatCellValue(head.getCell(0))).isEqualTo("统一社会信用代码");
            assertThat(cells.formatCellValue(head.getCell(1))).isEqualTo("企业名称");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                exported.add(cells.formatCellValue(row.getCell(0)) + "|" + cells.formatCellValue(row.getCell(1)));
                assertThat(cells.formatCellValue(row.getCell(7))).as("the colour column of row %d", r).startsWith("红色");
            }
        }
        assertThat(list.path("total").asInt()).isPositive();
        assertThat(exported).as("the rows of %s", file).hasSize(list.path("total").asInt()).isEqualTo(expected);
    }

    /** What the browser run asks of the operator: a feature uninstalled or installed from the Karaf shell. */
    private static String host(String verb, String feature) {
        try {
            String command = "feature:" + verb + " " + feature;
            Process client = new ProcessBuilder(karaf.home().resolve("bin/client").toString(), "-a",
                    String.valueOf(karaf.ports().ssh()), "-h", "127.0.0.1", "-u", "it-admin", "-p", "it-admin", "-r", "3",
                    command).redirectErrorStream(true).start();
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!client.waitFor(3, TimeUnit.MINUTES) || client.exitValue() != 0) {
                return "ERROR " + command + ": " + output.replace('\n', ' ');
            }
            String module = feature.replace("anjian-domain-", "");
            boolean installed = verb.equals("install");
            await(command).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> {
                        boolean listed = false;
                        for (JsonNode m : get("/modules").path("items")) {
                            listed |= m.path("id").asText().equals(module);
                        }
                        boolean pages = get("/console/pages?module=" + module).path("total").asInt() > 0;
                        return listed == installed && pages == installed;
                    });
            return "OK";
        } catch (IOException | RuntimeException e) {
            return "ERROR " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "ERROR interrupted";
        }
    }

    private static long countScreenshots() {
        try (var files = Files.list(out.resolve("screenshots"))) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + karaf.ports().http() + "/api/v1" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-admin:demo-admin".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return KarafProcess.json().readTree(r.body());
    }
}
