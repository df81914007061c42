package org.anjian.domain.chemical.support;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.core.modules.ModuleStorageImpl;
import org.anjian.core.persistence.Migration;
import org.anjian.core.persistence.SqlMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** An in-memory H2 database with the platform's core schema and this module's migrations, via the real module storage. */
public final class TestDb {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    static final Path CORE = Path.of("../core/src/main/resources/db/core");
    static final Path MODULE = Path.of("src/main/resources/db/chemical");

    public final JdbcDataSource dataSource;
    public final ModuleStorageImpl storage;
    public final Clock clock;

    public TestDb(Clock clock) {
        this.clock = clock;
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:chemical_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try {
            new SqlMigrator(dataSource, clock).migrate("core", migrations(CORE));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        storage = new ModuleStorageImpl(dataSource, clock);
    }

    public ModuleDatabase open() {
        return storage.open("chemical", bundle());
    }

    public int appliedMigrations() throws SQLException {
        return new SqlMigrator(dataSource, clock).applied("chemical").size();
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of the tables this module writes, plus the platform outbox and audit rows. */
    public String snapshot() {
        StringBuilder b = new StringBuilder();
        for (String t : List.of("chemical_park", "chemical_park_member", "chemical_major_hazard_source",
                "chemical_mhs_substance", "chemical_mhs_guarantor", "chemical_work_permit", "chemical_monitoring_point",
                "chemical_reading", "chemical_alarm", "outbox", "audit_entry")) {
            b.append(t).append('=').append(count("SELECT COUNT(*) FROM " + t)).append(' ');
        }
        return b.toString();
    }

    static List<Migration> migrations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Migration> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (Migration.isMigrationName(file)) {
                    out.add(Migration.of(file, Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundle whose entries are this module's source tree (only what the module storage asks for). */
    public static Bundle bundle() {
        return (Bundle) Proxy.newProxyInstance(TestDb.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> "org.anjian.domain.chemical";
                    case "getVersion" -> new Version(0, 1, 0);
                    case "findEntries" -> Collections.enumeration(entries((String) args[0]));
                    case "toString" -> "test bundle org.anjian.domain.chemical";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static List<URL> entries(String path) throws IOException {
        Path dir = Path.of("src/main/resources").resolve(path);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<URL> out = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("V") && name.endsWith(".sql")) {
                    out.add(p.toUri().toURL());
                }
            }
            return out;
        }
    }
}
