package org.anjian.itests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.anjian.itests.process.KarafProcess;
import org.anjian.itests.process.SimulatorProcess;

/**
 * The contract test: the packaged distribution (demo profile, both domains installed, the province's simulator as
 * its peer) held to every OpenAPI document it serves, the platform's and each installed domain's, by the
 * {@link ContractFuzzer}. Seeded: the seed is printed, and {@code -Danjian.contract.seed=N} repeats a run;
 * {@code -Danjian.contract.valid=N} / {@code .invalid=N} set the requests per operation, and
 * {@code -Danjian.contract.url=http://127.0.0.1:8181/api/v1} points it at a running suite instead (demo-admin).
 */
class ContractIT {
    private static final Duration BOOT = Duration.ofMinutes(3);
    private static KarafProcess karaf;
    private static SimulatorProcess simulator;
    private static URI root;

    @BeforeContainer
    static void start() {
        String url = System.getProperty("anjian.contract.url");
        if (url != null && !url.isBlank()) {
            root = URI.create(url);
            return;
        }
        Path runtime = Path.of(System.getProperty("project.build.directory"), "contract-it");
        KarafProcess.deleteRecursively(runtime);
        runtime.toFile().mkdirs();
        simulator = SimulatorProcess.start(Path.of(System.getProperty("anjian.simulator.jar")),
                runtime.resolve("simulator.log"), 0);
        karaf = simulator.connect(KarafProcess.unpack(Path.of(System.getProperty("anjian.distribution")), runtime),
                200, 10, 50, 2);
        karaf.start();
        karaf.waitForHealthUp(BOOT);
        root = karaf.baseUri();
        // the domains load their demo records after the platform's: fuzz the county as users see it
        await("the domains' demo data").atMost(BOOT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> total("/domains/special-equipment/equipment?limit=1") > 0
                        && total("/domains/chemical/alarms?limit=1") > 0);
    }

    @AfterContainer
    static void stop() {
        if (karaf != null) {
            karaf.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString("demo-admin:demo-admin".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode get(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", admin()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Requests.read(r.body());
    }

    private static int total(String path) throws Exception {
        return get(path).path("total").asInt();
    }

    /** The platform's document and every installed domain's. */
    static List<ContractDocument> documents() throws Exception {
        List<ContractDocument> documents = new ArrayList<>();
        documents.add(new ContractDocument("platform", "", get("/openapi.json")));
        for (JsonNode module : get("/modules").path("items")) {
            String base = "/domains/" + module.path("id").asText();
            documents.add(new ContractDocument(module.path("id").asText(), base, get(base + "/openapi.json")));
        }
        return documents;
    }

    @Example
    void everyOperationOfEveryDocumentKeepsItsContract() throws Exception {
        long seed = Long.getLong("anjian.contract.seed", new SecureRandom().nextLong());
        ContractFuzzer.Budget budget = new ContractFuzzer.Budget(Integer.getInteger("anjian.contract.valid", 30),
                Integer.getInteger("anjian.contract.invalid", 40));
        List<ContractDocument> documents = documents();
        System.out.println("MEASURE contract seed " + seed + " (repeat with -Danjian.contract.seed=" + seed + "), documents "
                + ContractFuzzer.sizes(documents));
        long start = System.nanoTime();
        ContractFuzzer.Report report = new ContractFuzzer(root, admin(), documents).run(seed, budget);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.println("MEASURE contract " + report.summary() + " in " + seconds + " s; slowest " + report.slowest(8));
        assertThat(report.failures())
                .as("the contract was broken (%s; repeat with -Danjian.contract.seed=%d):%n%s", report.summary(), seed,
                        report.failures().stream().map(Object::toString).collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.operations()).isGreaterThanOrEqualTo(45);
        assertThat(report.invalid()).isGreaterThan(report.operations() * 10);
    }
}
