package org.anjian.domain.specialequipment.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.core.modules.ModuleStorageImpl;
import org.anjian.core.persistence.Migration;
import org.anjian.core.persistence.SqlMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * H2 in memory with the platform's core migrations and this module's migrations applied through the real
 * ModuleStorageImpl, over a Bundle proxy that serves src/main/resources/db/special-equipment.
 */
public final class TestDb {
    /** 10:00 in Shanghai on 2026-06-15. */
    public static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final Path CORE_MIGRATIONS = Paths.get("../core/src/main/resources/db/core");
    static final Path MODULE_MIGRATIONS = Paths.get("src/main/resources/db/special-equipment");

    private final JdbcDataSource dataSource;
    private final ModuleDatabase database;

    private TestDb(JdbcDataSource dataSource, ModuleDatabase database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    public static TestDb create() {
        JdbcDataSource ds = new JdbcDataSource();
        // -Dse.h2.mode=PostgreSQL runs the same tests in H2's PostgreSQL compatibility mode
        String mode = System.getProperty("se.h2.mode", "");
        ds.setURL("jdbc:h2:mem:se" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1"
                + (mode.isBlank() ? "" : ";MODE=" + mode + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        ds.setUser("sa");
        ds.setPassword("");
        try {
            new SqlMigrator(ds, CLOCK).migrate("core", migrations(CORE_MIGRATIONS));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ModuleStorageImpl storage = new ModuleStorageImpl(ds, CLOCK);
        ModuleDatabase db = storage.open("special-equipment", bundle());
        return new TestDb(ds, db);
    }

    /** The module's migrations applied a second time: nothing happens. */
    public ModuleDatabase reopen() {
        return new ModuleStorageImpl(dataSource, CLOCK).open("special-equipment", bundle());
    }

    static List<Migration> migrations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Migration> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Migration.isMigrationName(name)) {
                    out.add(Migration.of(name, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Bundle whose findEntries lists this module's migration files. */
    public static Bundle bundle() {
        return (Bundle) Proxy.newProxyInstance(TestDb.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findEntries" -> {
                        String path = (String) args[0];
                        if (!path.equals("db/special-equipment")) {
                            yield null;
                        }
                        List<URL> urls = new ArrayList<>();
                        try (Stream<Path> files = Files.list(MODULE_MIGRATIONS)) {
                            for (Path p : files.sorted().toList()) {
                                if (p.getFileName().toString().matches("V.*\\.sql")) {
                                    urls.add(toUrl(p));
                                }
                            }
                        }
                        yield Collections.enumeration(urls);
                    }
                    case "getSymbolicName" -> "org.anjian.domain.special-equipment";
                    case "getVersion" -> Version.parseVersion("0.1.0");
                    case "toString" -> "test bundle";
                    case "hashCode" -> 1;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static URL toUrl(Path p) {
        try {
            return p.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ModuleDatabase database() {
        return database;
    }

    public JdbcDataSource dataSource() {
        return dataSource;
    }

    public long count(String table) {
        return ((Number) rows("SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    /** Row counts of every table a write may touch. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : List.of("se_equipment", "se_inspection", "se_overdue_hazard", "se_elevator_event", "outbox",
                "audit_entry")) {
            out.put(t, count(t));
        }
        return out;
    }

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
                        Object v = rs.getObject(i);
                        if (v instanceof java.sql.Clob clob) {
                            v = clob.getSubString(1, (int) clob.length());
                        }
                        row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
