package org.anjian.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each module's versioned SQL scripts once, in order, and records them (with a checksum) in
 * {@code anjian_schema_history}. A changed script that was already applied stops the start.
 */
public final class SqlMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SqlMigrator.class);
    private static final String HISTORY = "anjian_schema_history";

    private final DataSource dataSource;
    private final Clock clock;

    public SqlMigrator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Returns the number of scripts applied now. */
    public synchronized int migrate(String module, List<Migration> scripts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            SqlDialect dialect = SqlDialect.of(c);
            dialect.prepare(c);
            ensureHistoryTable(c);
            Map<Integer, String> applied = applied(c, module);
            int count = 0;
            for (Migration m : scripts.stream().sorted(Comparator.comparingInt(Migration::version)).toList()) {
                String known = applied.get(m.version());
                if (known != null) {
                    if (!known.equals(m.checksum())) {
                        throw new SQLException("Migration " + module + " V" + m.version() + " was changed after it"
                                + " was applied (checksum " + known + " vs " + m.checksum() + ")");
                    }
                    continue;
                }
                apply(c, dialect, module, m);
                count++;
            }
            return count;
        }
    }

    public Map<Integer, String> applied(String module) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ensureHistoryTable(c);
            return applied(c, module);
        }
    }

    private void apply(Connection c, SqlDialect dialect, String module, Migration m) throws SQLException {
        LOG.info("Applying migration {} V{} ({})", module, m.version(), m.description());
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        List<String> statements = m.statements();
        int done = 0;
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
                done++;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                    + " (module, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, m.version());
                ps.setString(3, m.description());
                ps.setString(4, m.checksum());
                ps.setTimestamp(5, Timestamp.from(clock.instant()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            String partial = done == 0 ? "" : dialect.hasTransactionalDdl()
                    ? " Statements 1-" + done + " ran before it and were rolled back with it."
                    : " Statements 1-" + done + " ran before it; on a database without"
                    + " transactional DDL (H2) their schema changes stay and must be undone before the fixed script runs.";
            throw new SQLException("Migration " + module + " V" + m.version() + " failed at statement " + (done + 1)
                    + " of " + statements.size() + ": " + e.getMessage() + "." + partial, e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (module VARCHAR(64) NOT NULL, version INTEGER NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (module, version))");
        }
    }

    private static Map<Integer, String> applied(Connection c, String module) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM " + HISTORY + " WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
