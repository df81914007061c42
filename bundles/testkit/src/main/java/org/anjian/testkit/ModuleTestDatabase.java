package org.anjian.testkit;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.core.modules.ModuleStorageImpl;
import org.anjian.core.persistence.BundleMigrations;
import org.anjian.core.persistence.SqlMigrator;
import org.anjian.testdb.FreshDatabase;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * A module's test database: a fresh database with the platform's schema, then the module's {@code db/<module>/V*.sql}
 * from the test's class path applied by the platform's real module storage (each once, with its checksum), as when
 * the bundle starts in Karaf. H2 in memory by default; {@code -Danjian.test.db=postgresql} (as {@code ./test.sh}
 * does in its second pass) gives each test a database of its own on a real PostgreSQL server ({@link FreshDatabase}).
 */
public final class ModuleTestDatabase {

    private final String moduleId;
    private final DataSource dataSource;
    private final Clock clock;
    private final ModuleDatabase database;

    private ModuleTestDatabase(String moduleId, DataSource dataSource, Clock clock) {
        this.moduleId = moduleId;
        this.dataSource = dataSource;
        this.clock = clock;
        this.database = open();
    }

    /** A fresh database for the module, on the test county's clock. */
    public static ModuleTestDatabase create(String moduleId) {
        return create(moduleId, TestCounty.CLOCK);
    }

    /** A fresh database for the module; {@code clock} stamps the migrations, the outbox and the audit rows. */
    public static ModuleTestDatabase create(String moduleId, Clock clock) {
        DataSource ds = platform(moduleId.replace('-', '_'), clock);
        return new ModuleTestDatabase(moduleId, ds, clock);
    }

    /** A database with the platform's schema only (no module). */
    public static DataSource platform(String name, Clock clock) {
        DataSource ds = FreshDatabase.create(name).dataSource();
        try {
            new SqlMigrator(ds, clock).migrate("core", BundleMigrations.read(classpathBundle("core"), "core"));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("the platform's migrations failed", e);
        }
        return ds;
    }

    /** The module's database, as the platform registers it for the bundle. */
    public ModuleDatabase database() {
        return database;
    }

    /** The module opened again (a restart or an upgrade of the bundle): applied migrations are not re-run. */
    public ModuleDatabase open() {
        return new ModuleStorageImpl(dataSource, clock).open(moduleId, classpathBundle(moduleId));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** How many of the module's migrations the platform has recorded. */
    public int appliedMigrations() {
        try {
            return new SqlMigrator(dataSource, clock).applied(moduleId).size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code SELECT COUNT(*)} of a table. */
    public long count(String table) {
        return number("SELECT COUNT(*) FROM " + table);
    }

    /** The number a query answers in its first column ({@code SELECT COUNT(*) ... WHERE ...}); 0 for NULL. */
    public long number(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.count(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Row counts of the tables, the platform's outbox and audit log included: what a refused write must not change. */
    public Map<String, Long> snapshot(String... tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : tables) {
            out.put(t, count(t));
        }
        out.put("outbox", count("outbox"));
        out.put("audit_entry", count("audit_entry"));
        return out;
    }

    /** Rows as maps from lower-case column labels (CLOBs as text). */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return Jdbc.list(c, sql, ModuleTestDatabase::row, params);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement outside the module's code (to set up or to damage data). */
    public void execute(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = Jdbc.prepare(c, sql, params)) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            if (v instanceof Clob clob) {
                v = clob.getSubString(1, (int) clob.length());
            }
            row.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), v);
        }
        return row;
    }

    /** A bundle whose only entries are the module's migrations on the class path (all the module storage reads). */
    public static Bundle classpathBundle(String moduleId) {
        ClassLoader loader = ModuleTestDatabase.class.getClassLoader();
        return (Bundle) Proxy.newProxyInstance(loader, new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "findEntries" -> {
                        if (!("db/" + moduleId).equals(args[0])) {
                            yield null;
                        }
                        List<URL> urls = new ArrayList<>(ClasspathMigrations.find(
                                Thread.currentThread().getContextClassLoader() != null
                                        ? Thread.currentThread().getContextClassLoader() : loader, moduleId).values());
                        yield urls.isEmpty() ? null : Collections.enumeration(urls);
                    }
                    case "getSymbolicName" -> "test-module-" + moduleId;
                    case "getVersion" -> Version.parseVersion("0.0.0");
                    case "getHeaders" -> new java.util.Hashtable<>(Map.of(ModuleDatabase.HEADER, moduleId));
                    case "toString" -> "class-path bundle of module " + moduleId;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
