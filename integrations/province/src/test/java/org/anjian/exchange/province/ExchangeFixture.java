package org.anjian.exchange.province;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.modules.ModuleStorageImpl;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.TestDatabase;
import org.anjian.exchange.internal.DeadLetterQueue;
import org.anjian.exchange.internal.ExchangeEngine;
import org.anjian.exchange.internal.ExchangeServiceImpl;
import org.anjian.exchange.internal.ExchangeStore;
import org.anjian.exchange.internal.InboundRunner;
import org.anjian.exchange.internal.Peers;
import org.anjian.exchange.internal.RecordMapper;
import org.anjian.exchange.spi.RetryPolicy;
import org.anjian.simulator.province.ProvinceSimulator;
import org.anjian.simulator.province.SimulatorConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * The platform on H2 (core migrations, real services), the exchange's tables through the platform's module
 * storage, the province peer with its real CXF/WSS4J client, and the shipped simulator in-process on free
 * ports. The dead-letter queue is recorded in memory here; the container tests use Artemis.
 */
final class ExchangeFixture implements AutoCloseable {
    static final String USER = "county-330999";
    static final String PASSWORD = "fixture-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    final TestDatabase db;
    final RegionServiceImpl regions;
    final EnterpriseServiceImpl enterprises;
    final HazardServiceImpl hazards;
    final ProvinceSimulator sim;
    final ExchangeStore store;
    final RecordMapper mapper;
    final RecordingDlq dlq = new RecordingDlq();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final ExchangeEngine engine;
    final InboundRunner inbound;
    final Peers peers = new Peers();
    final ExchangeServiceImpl service;
    final HttpClient http = HttpClient.newHttpClient();
    ProvincePeer peer;

    ExchangeFixture(Class<?> owner) throws IOException {
        this(owner, 20);
    }

    ExchangeFixture(Class<?> owner, int syntheticFindings) throws IOException {
        db = TestDatabase.migrated(owner);
        regions = db.loadRegions();
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions);
        hazards = new HazardServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, new RecordingEventPublisher(),
                new EscalationPolicy(1, 30));
        SimulatorConfig c = new SimulatorConfig();
        c.port = freePort();
        c.adminPort = freePort();
        c.user = USER;
        c.password = PASSWORD;
        c.county = "330999";
        c.seed = 7;
        c.findings = syntheticFindings;
        sim = new ProvinceSimulator(c).start();
        ModuleDatabase exchangeDb = new ModuleStorageImpl(db.dataSource(), TestDatabase.CLOCK).open("exchange", exchangeBundle());
        store = new ExchangeStore(exchangeDb, TestDatabase.CLOCK);
        mapper = new RecordMapper(id -> false);
        engine = new ExchangeEngine(store, mapper, dlq, d -> {
            waits.add(d);
            Thread.sleep(d.toMillis());
        }, Duration.ofMinutes(5));
        inbound = new InboundRunner(store);
        service = new ExchangeServiceImpl(store, engine, inbound, peers, dlq);
        usePeer(settings(50, new RetryPolicy(5, Duration.ofMillis(5), 2.0, Duration.ofMillis(40))));
    }

    ProvinceSettings settings(int batchSize, RetryPolicy retry) {
        return new ProvinceSettings(sim.soapUrl(), USER, PASSWORD, "330999", "", "", batchSize, 100, retry,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    void usePeer(ProvinceSettings settings) {
        if (peer != null) {
            peers.remove(peer);
        }
        ProvinceClient client = new ProvinceClient(settings);
        peer = new ProvincePeer(settings, client, new FindingsPoll(settings, client, hazards));
        peers.add(peer);
    }

    // ------------------------------------------------------------------ platform data

    static String creditCode(int n) {
        return CreditCode.withCheckCharacter(String.format("91330999%09d", n));
    }

    Enterprise enterprise(int n) {
        return enterprises.create(Principals.SYSTEM, new Enterprise(creditCode(n), "测试企业" + n + "有限公司", "2614",
                "东城路" + n + "号", TestDatabase.VILLAGE_A, null, List.of(), RiskColour.YELLOW, Assessment.GOOD,
                StandardizationGrade.LEVEL3, List.of(), null));
    }

    /** Writes an outbox row as a platform or module write would (for records the services would refuse). */
    void outboxRow(String type, String id, long version, String regionCode, String payload) {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, created_at, record_type, record_id,"
                     + " record_version, event_type, idempotency_key, region_code, payload) VALUES"
                     + " (" + org.anjian.core.persistence.SqlDialect.of(c).nextValue("outbox_seq")
                     + ", ?, ?, ?, ?, 'TEST', ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(TestDatabase.NOW));
            ps.setString(2, type);
            ps.setString(3, id);
            ps.setLong(4, version);
            ps.setString(5, type + ":" + id + ":" + version);
            ps.setString(6, regionCode);
            ps.setString(7, payload);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> outboxKeys() {
        List<String> keys = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT record_type, record_id, record_version FROM outbox ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1) + ":" + rs.getString(2) + ":" + (rs.getLong(3) + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    // ------------------------------------------------------------------ simulator admin

    JsonNode admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.adminUrl() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    JsonNode stats() throws IOException, InterruptedException {
        return admin("GET", "/stats", null);
    }

    List<String> storedKeys() throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        admin("GET", "/keys?list=true", null).path("keys").forEach(k -> keys.add(k.asText()));
        return keys;
    }

    void faults(String json) throws IOException, InterruptedException {
        admin("POST", "/faults", json);
    }

    void clearFaults() throws IOException, InterruptedException {
        admin("DELETE", "/faults", null);
    }

    @Override
    public void close() {
        sim.close();
        db.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** A Bundle whose findEntries lists the exchange's migrations from the anjian-exchange jar (or classes dir). */
    static Bundle exchangeBundle() {
        return (Bundle) Proxy.newProxyInstance(ExchangeFixture.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findEntries" -> "db/exchange".equals(args[0]) ? Collections.enumeration(migrations()) : null;
                    case "getSymbolicName" -> "anjian-exchange";
                    case "getVersion" -> Version.parseVersion("0.1.0");
                    case "toString" -> "exchange test bundle";
                    case "hashCode" -> 2;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<URL> migrations() throws IOException, URISyntaxException {
        URL dir = ExchangeStore.class.getClassLoader().getResource("db/exchange");
        Path path;
        if ("jar".equals(dir.getProtocol())) {
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(dir.toURI());
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(dir.toURI(), Map.of());
            }
            path = fs.getPath("db/exchange");
        } else {
            path = Paths.get(dir.toURI());
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().matches("V.*\\.sql")) {
                    urls.add(p.toUri().toURL());
                }
            }
        }
        return urls;
    }

    /** Dead letters as the engine announces them (the Artemis queue in the container). */
    static final class RecordingDlq implements DeadLetterQueue {
        final List<DeadLetter> published = new CopyOnWriteArrayList<>();
        final List<Long> removed = new CopyOnWriteArrayList<>();

        @Override
        public void publish(DeadLetter letter) {
            published.add(letter);
        }

        @Override
        public boolean remove(long deadLetterId) {
            removed.add(deadLetterId);
            return published.removeIf(l -> l.id() == deadLetterId);
        }
    }
}
