package org.anjian.core.modules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.SqlSession;
import org.anjian.core.json.Json;

/**
 * A module's tables over plain JDBC, one connection per unit of work. Outbox and audit rows go to the
 * platform's tables in the same transaction; their ids come from the same sequences Hibernate uses
 * (a value taken here lies outside any block Hibernate's pooled optimizer hands out).
 */
public final class JdbcModuleDatabase implements ModuleDatabase {
    private final String moduleId;
    private final DataSource dataSource;
    private final Clock clock;

    public JdbcModuleDatabase(String moduleId, DataSource dataSource, Clock clock) {
        this.moduleId = moduleId;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return run(work, true);
    }

    private <T> T run(SqlWork<T> work, boolean commit) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.apply(new Session(c));
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Module " + moduleId + ": database error: " + e.getMessage(), e);
        }
    }

    private final class Session implements SqlSession {
        private final Connection connection;

        Session(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public void outbox(String recordType, String recordId, long version, String eventType, String regionCode,
                           Object payload) {
            String type = moduleId + "." + recordType;
            insert("INSERT INTO outbox (id, created_at, record_type, record_id, record_version, event_type,"
                            + " idempotency_key, region_code, payload) VALUES (" + Sequences.next(connection, "outbox_seq")
                            + ", ?, ?, ?, ?, ?, ?, ?, ?)",
                    Timestamp.from(clock.instant()), type, recordId, version, eventType,
                    type + ":" + recordId + ":" + version, regionCode, Json.write(payload));
        }

        @Override
        public void audit(String actor, String action, String targetType, String targetId, Object before,
                          Object after) {
            insert("INSERT INTO audit_entry (id, at, actor, action, target_type, target_id, before_digest,"
                            + " after_digest) VALUES (" + Sequences.next(connection, "audit_seq") + ", ?, ?, ?, ?, ?, ?, ?)",
                    Timestamp.from(clock.instant()), actor, action, moduleId + "." + targetType, targetId,
                    Json.digest(before), Json.digest(after));
        }

        private void insert(String sql, Object... values) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Module " + moduleId + ": " + e.getMessage(), e);
            }
        }
    }
}
