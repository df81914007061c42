package org.anjian.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;
import org.anjian.core.persistence.AnjianPersistenceUnit;
import org.anjian.core.persistence.Migration;
import org.anjian.core.persistence.SqlMigrator;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.region.RegionServiceImpl;
import javax.sql.DataSource;
import org.anjian.testdb.FreshDatabase;

/**
 * A fresh database (H2 in memory, or PostgreSQL with {@code -Danjian.test.db=postgresql}: {@link FreshDatabase})
 * with the real core migrations applied and the real persistence unit on top of it, validated against the SQL
 * schema ({@code hibernate.hbm2ddl.auto=validate}). One per test class.
 */
public final class TestDatabase implements AutoCloseable {

    /** 10:00 in Shanghai on 2026-06-15: "today" is 2026-06-15. */
    public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    public static final String COUNTY = "330999000000";
    public static final String TOWNSHIP_A = "330999001000";
    public static final String TOWNSHIP_B = "330999101000";
    public static final String VILLAGE_A = "330999001001";
    public static final String VILLAGE_B = "330999101001";
    public static final String GRID_A = "330999001001001";
    public static final String GRID_B = "330999101001001";
    public static final String TABLE_VERSION = "2026-test";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * Strong references, so that JUL keeps the levels: Hibernate's INFO banner is noise, and the SQL errors of
     * the tests that provoke constraint violations on purpose are logged at ERROR before they are thrown.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            quiet("org.hibernate", java.util.logging.Level.WARNING),
            quiet("org.hibernate.engine.jdbc.spi.SqlExceptionHelper", java.util.logging.Level.OFF),
            quiet("org.hibernate.engine.jdbc.batch.internal.BatchingBatch", java.util.logging.Level.OFF));

    private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /** Data tables, children before parents. */
    private static final List<String> DATA_TABLES = List.of("hazard_attachment", "hazard_history", "hazard", "enterprise_guarantor",
            "enterprise_department", "enterprise_name_gram", "enterprise", "outbox", "audit_entry", "data_load");

    private final String name;
    private final FreshDatabase database;
    private final DataSource dataSource;
    private final EntityManagerFactory emf;
    private final Transactions tx;

    private TestDatabase(String name, FreshDatabase database, EntityManagerFactory emf) {
        this.name = name;
        this.database = database;
        this.dataSource = database.dataSource();
        this.emf = emf;
        this.tx = new Transactions(emf);
    }

    /** A fresh database for {@code owner} with the core schema and a validated persistence unit. */
    public static TestDatabase migrated(Class<?> owner) {
        String name = owner.getSimpleName() + "_" + COUNTER.incrementAndGet();
        FreshDatabase database = FreshDatabase.create(name);
        DataSource ds = database.dataSource();
        try {
            new SqlMigrator(ds, CLOCK).migrate("core", coreMigrations());
        } catch (SQLException e) {
            throw new IllegalStateException("core migrations failed", e);
        }
        java.util.Properties props = new java.util.Properties();
        props.put("hibernate.dialect", database.hibernateDialect());
        props.put("hibernate.hbm2ddl.auto", "validate");
        props.put("hibernate.jdbc.batch_size", "50");
        props.put("hibernate.default_batch_fetch_size", "50"); // as the bundle sets it
        props.put("hibernate.order_inserts", "true");
        props.put("hibernate.jdbc.time_zone", "UTC");
        // the unit the bundle publishes (AnjianPersistenceUnit: one list of entity classes), not a copy of it
        AnjianPersistenceUnit unit = new AnjianPersistenceUnit(ds, AnjianPersistenceUnit.class.getClassLoader(),
                AnjianPersistenceUnit.class.getProtectionDomain().getCodeSource().getLocation(), props);
        EntityManagerFactory emf = new org.hibernate.jpa.HibernatePersistenceProvider()
                .createContainerEntityManagerFactory(unit, props);
        return new TestDatabase(name, database, emf);
    }

    /** A plain empty database with a unique name (no schema), on the engine of this test run. */
    public static DataSource dataSource(String name) {
        return FreshDatabase.create(name).dataSource();
    }

    /**
     * Lock waits give up after 300 ms, so that a lock left behind fails a test at once: H2's database setting, or
     * PostgreSQL's {@code lock_timeout} for every later connection to this database.
     */
    public void failFastOnLocks() {
        execute(database.isPostgreSql() ? "ALTER DATABASE " + database.name() + " SET lock_timeout = '300ms'"
                : "SET DEFAULT_LOCK_TIMEOUT 300");
    }

    /** Whether this run's databases are PostgreSQL ({@code -Danjian.test.db=postgresql}). */
    public boolean isPostgreSql() {
        return database.isPostgreSql();
    }

    /** The core module's V*.sql scripts, as packaged (classpath {@code db/core/}). */
    public static List<Migration> coreMigrations() {
        Path dir = migrationDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            List<Migration> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (Migration.isMigrationName(file)) {
                    out.add(Migration.of(file, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no migrations in " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path migrationDirectory() {
        URL url = TestDatabase.class.getClassLoader().getResource("db/core");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Paths.get(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        if (url != null && "jar".equals(url.getProtocol())) {
            // used from another module's tests: the migrations inside the anjian-core jar
            try {
                java.net.URI uri = url.toURI();
                java.nio.file.FileSystem fs;
                try {
                    fs = java.nio.file.FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException e) {
                    fs = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                }
                return fs.getPath("db/core");
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Paths.get("src/main/resources/db/core");
    }

    /** The region tree every service test starts from: a county, two townships, a village and a grid in each. */
    public static List<Region> regionTree() {
        return List.of(
                new Region(COUNTY, "测试县", RegionLevel.COUNTY, null),
                new Region(TOWNSHIP_A, "东城街道", RegionLevel.TOWNSHIP, COUNTY),
                new Region(TOWNSHIP_B, "西山镇", RegionLevel.TOWNSHIP, COUNTY),
                new Region(VILLAGE_A, "东城社区", RegionLevel.VILLAGE, TOWNSHIP_A),
                new Region(VILLAGE_B, "西山村", RegionLevel.VILLAGE, TOWNSHIP_B),
                new Region(GRID_A, "东城一网格", RegionLevel.GRID, VILLAGE_A),
                new Region(GRID_B, "西山一网格", RegionLevel.GRID, VILLAGE_B));
    }

    /** Imports {@link #regionTree()} as the system and returns the region service. */
    public RegionServiceImpl loadRegions() {
        RegionServiceImpl regions = new RegionServiceImpl(tx, CLOCK);
        regions.importTable(Principals.SYSTEM, TABLE_VERSION, regionTree());
        return regions;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public Transactions transactions() {
        return tx;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /** Deletes every enterprise, hazard, audit, outbox and data-load row; the regions stay. */
    public void deleteBusinessData() {
        for (String table : DATA_TABLES) {
            execute("DELETE FROM " + table);
        }
    }

    /** Deletes all data including the regions and the applied table versions. */
    public void deleteAll() {
        deleteBusinessData();
        execute("DELETE FROM region_geometry");
        execute("DELETE FROM region_table_version");
        // children first: grids, villages, townships, county
        for (String level : List.of("GRID", "VILLAGE", "TOWNSHIP", "COUNTY")) {
            execute("DELETE FROM region WHERE level = '" + level + "'");
        }
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows in a table, read over plain JDBC (committed data only). */
    public long count(String table) {
        return queryCount("SELECT COUNT(*) FROM " + table);
    }

    /** The single long of a {@code SELECT COUNT(*) ...}. */
    public long queryCount(String sql, Object... params) {
        List<Map<String, Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /** Every row of a query, column labels lower-cased. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof java.sql.Clob clob) {
                            value = clob.getSubString(1, (int) clob.length());
                        }
                        row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Row counts of every table that a write may touch, to prove that a failed call wrote nothing. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : DATA_TABLES) {
            out.put(table, count(table));
        }
        out.put("region", count("region"));
        out.put("region_table_version", count("region_table_version"));
        return out;
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            database.close();
        }
    }
}
