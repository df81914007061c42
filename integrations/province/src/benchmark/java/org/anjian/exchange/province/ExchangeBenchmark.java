package org.anjian.exchange.province;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import com.sun.net.httpserver.HttpServer;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.core.modules.ModuleStorageImpl;
import org.anjian.core.persistence.SqlMigrator;
import org.anjian.core.testing.TestDatabase;
import org.anjian.exchange.internal.DeadLetterQueue;
import org.anjian.exchange.internal.ExchangeEngine;
import org.anjian.exchange.internal.ExchangeStore;
import org.anjian.exchange.internal.RecordMapper;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.OutboxRecord;
import org.anjian.exchange.spi.RetryPolicy;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Not a test: the exchange's throughput over N outbox records (default 1 000 000) to the shipped simulator,
 * run as its own process, with the engine's peak heap; and, in the same run, the raw limit: the same rows
 * read, mapped, serialised and sent through the same CXF/WSS4J client to a sink that discards them (no
 * receipts to settle, no peer-side work). Prints the figures and the ratio. Run it with
 * {@code scripts/benchmark-exchange.sh [records] [batchSize]}.
 */
public final class ExchangeBenchmark {
    private static final String USER = "county-bench";
    private static final String PASSWORD = "bench-secret";

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path work = Path.of(args.length > 2 ? args[2] : "target/benchmark");
        Path simulatorJar = Path.of(System.getProperty("anjian.simulator.jar"));
        Files.createDirectories(work);
        for (String f : new String[] {"bench.mv.db", "bench.trace.db"}) {
            Files.deleteIfExists(work.resolve(f));
        }
        Clock clock = Clock.systemUTC();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + work.toAbsolutePath().resolve("bench") + ";MODE=Regular;WRITE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        new SqlMigrator(ds, clock).migrate("core", TestDatabase.coreMigrations());
        ExchangeStore store = new ExchangeStore(new ModuleStorageImpl(ds, clock).open("exchange",
                ExchangeFixture.exchangeBundle()), clock);

        long t0 = System.nanoTime();
        fillOutbox(ds, records);
        System.out.printf(Locale.ROOT, "setup: %,d outbox records written in %.1f s (not part of the figures)%n", records,
                (System.nanoTime() - t0) / 1e9);

        int soapPort = freePort();
        int adminPort = freePort();
        Process sim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-jar", simulatorJar.toString(), "--port", "" + soapPort, "--admin-port", "" + adminPort,
                "--user", USER, "--password", PASSWORD, "--findings", "0")
                .redirectErrorStream(true).redirectOutput(work.resolve("simulator.log").toFile()).start();
        HttpServer sink = sink();
        try {
            awaitSimulator(adminPort);
            RetryPolicy retry = new RetryPolicy(10, Duration.ofMillis(100), 2.0, Duration.ofSeconds(5));
            ProvinceSettings toSimulator = settings("http://127.0.0.1:" + soapPort + "/province", batch, retry);
            ProvinceSettings toSink = settings("http://127.0.0.1:" + sink.getAddress().getPort() + "/province", batch, retry);
            RecordMapper mapper = new RecordMapper(id -> false);

            // warm-up (not measured): the read, mapping and serialisation paths both phases share
            ProvinceClient sinkClient = new ProvinceClient(toSink);
            long warm = rawPass(store, mapper, sinkClient, batch, "warm-up", Math.min(records, 100_000));
            System.out.printf(Locale.ROOT, "warm-up: %,d records through the raw path (not part of the figures)%n", warm);
            // the raw limit: read + map + serialise + send, nothing settled
            System.gc();
            resetPeaks();
            long rawStart = System.nanoTime();
            long raw = rawPass(store, mapper, sinkClient, batch, "raw-limit", Long.MAX_VALUE);
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
            long rawPeak = heapPeak();

            System.gc();
            resetPeaks();
            ProvinceClient client = new ProvinceClient(toSimulator);
            ProvincePeer peer = new ProvincePeer(toSimulator, client, null);
            ExchangeEngine engine = new ExchangeEngine(store, mapper, new NoDlq(), d -> Thread.sleep(d.toMillis()),
                    Duration.ofMinutes(5));
            long e2eStart = System.nanoTime();
            ExchangeRun run = engine.run(peer, "benchmark");
            double e2eSeconds = (System.nanoTime() - e2eStart) / 1e9;
            long e2ePeak = heapPeak();
            String stats = admin(adminPort, "/stats");
            long settled = countDeliveries(ds, "province");
            long storedAtPeer = Long.parseLong(stats.replaceAll("(?s).*\"storedKeys\"\\s*:\\s*(\\d+).*", "$1"));

            System.out.println();
            System.out.printf(Locale.ROOT, "exchange benchmark: %,d records, batch %d, H2 file (WRITE_DELAY=0), simulator in its own JVM%n",
                    records, batch);
            System.out.printf(Locale.ROOT, "  end to end: run %s, %,d acknowledged, %,d dead, in %.1f s = %,.0f records/s; peak heap %d MiB%n",
                    run.status(), run.acknowledged(), run.dead(), e2eSeconds, run.acknowledged() / e2eSeconds, e2ePeak >> 20);
            System.out.printf(Locale.ROOT, "  raw limit:  %,d records read + mapped + serialised + sent to a discarding sink in %.1f s = %,.0f records/s; peak heap %d MiB%n",
                    raw, rawSeconds, raw / rawSeconds, rawPeak >> 20);
            System.out.printf(Locale.ROOT, "  ratio end to end / raw: %.2f%n", (run.acknowledged() / e2eSeconds) / (raw / rawSeconds));
            System.out.printf(Locale.ROOT, "  check: %,d outbox rows settled for the province in the database, %,d stored at the simulator%s%n",
                    settled, storedAtPeer, settled == records && storedAtPeer == records ? " (consistent)"
                            : "  <-- INCONSISTENT: see the run's ledger row and exchange_delivery in " + work.resolve("bench.mv.db"));
            System.out.printf(Locale.ROOT, "  simulator: %s%n", stats.replaceAll("\\s+", " ").replaceAll("\"perType\".*?\"storedKeys\"", "\"storedKeys\""));
            System.out.println("  (peak heap: the sum of the heap pools' peak occupancy during the phase, garbage included)");
            System.out.printf(Locale.ROOT, "  max heap (-Xmx) %d MiB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            sink.stop(0);
            sim.destroy();
        }
    }

    /** Reads the whole outbox in keyset batches (as a peer with no deliveries yet), maps and sends each batch. */
    private static long rawPass(ExchangeStore store, RecordMapper mapper, ProvinceClient client, int batch, String peer,
                                long max) throws Exception {
        long after = 0;
        long sent = 0;
        while (sent < max) {
            List<OutboxRecord> rows = store.pending(peer, after, batch);
            if (rows.isEmpty()) {
                return sent;
            }
            after = rows.get(rows.size() - 1).id();
            List<org.anjian.exchange.province.contract.ExchangeRecord> wire = new ArrayList<>(rows.size());
            for (OutboxRecord row : rows) {
                if (mapper.map("province", row) instanceof RecordMapper.Ready r) {
                    ExchangeRecord record = r.record();
                    wire.add(ProvinceMapper.map(record));
                }
            }
            client.upload("raw-" + after, wire);
            sent += wire.size();
        }
        return sent;
    }

    private static long countDeliveries(JdbcDataSource ds, String peer) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM exchange_delivery WHERE peer = ?")) {
            ps.setString(1, peer);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void fillOutbox(JdbcDataSource ds, int records) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, created_at, record_type, record_id,"
                    + " record_version, event_type, idempotency_key, region_code, payload) VALUES (?, ?, 'enterprise', ?, 0,"
                    + " 'ENTERPRISE_CREATED', ?, '330999001001', ?)")) {
                Timestamp at = Timestamp.from(Instant.now().minusSeconds(3600));
                for (int i = 1; i <= records; i++) {
                    String code = CreditCode.withCheckCharacter(String.format(Locale.ROOT, "91330999X%08d", i));
                    ps.setLong(1, i);
                    ps.setTimestamp(2, at);
                    ps.setString(3, code);
                    ps.setString(4, "enterprise:" + code + ":0");
                    ps.setString(5, "{\"creditCode\":\"" + code + "\",\"name\":\"示范县基准测试企业" + i + "号有限公司\","
                            + "\"industryCode\":\"3311\",\"address\":\"浙江省示范县城关镇基准路" + i + "号\",\"regionCode\":"
                            + "\"330999001001\",\"gridCode\":\"330999001001001\",\"supervisingDepartments\":[\"应急管理局\"],"
                            + "\"riskColour\":\"BLUE\",\"assessment\":\"GOOD\",\"standardizationGrade\":\"LEVEL3\","
                            + "\"guarantors\":[],\"version\":0}");
                    ps.addBatch();
                    if (i % 5000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE outbox_seq RESTART WITH " + (records + 1));
            }
            c.commit();
        }
    }

    private static ProvinceSettings settings(String address, int batch, RetryPolicy retry) {
        return new ProvinceSettings(address, USER, PASSWORD, "330999", "", "", batch, 100, retry, Duration.ofSeconds(5),
                Duration.ofSeconds(120));
    }

    /** Answers every upload with an empty receipt after reading (and discarding) the request. */
    private static HttpServer sink() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        byte[] answer = ("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ns2:UploadBatchResponse xmlns:ns2=\"urn:anjian:province:exchange:1\"><ns2:receipt>"
                + "<ns2:batchId>sink</ns2:batchId><ns2:receivedAt>2026-01-01T00:00:00Z</ns2:receivedAt>"
                + "<ns2:accepted>0</ns2:accepted><ns2:duplicates>0</ns2:duplicates><ns2:rejected>0</ns2:rejected>"
                + "</ns2:receipt></ns2:UploadBatchResponse></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
        AtomicLong bytes = new AtomicLong();
        server.createContext("/province", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                bytes.addAndGet(in.transferTo(java.io.OutputStream.nullOutputStream()));
            }
            ex.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            ex.sendResponseHeaders(200, answer.length);
            ex.getResponseBody().write(answer);
            ex.close();
        });
        server.start();
        return server;
    }

    private static void awaitSimulator(int adminPort) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                admin(adminPort, "/stats");
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static String admin(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/admin" + path)).build(), HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the live peak). */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static final class NoDlq implements DeadLetterQueue {
        @Override
        public void publish(org.anjian.api.exchange.DeadLetter letter) {
        }

        @Override
        public boolean remove(long deadLetterId) {
            return false;
        }
    }
}
