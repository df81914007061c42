package org.anjian.domain.chemical.store;

import java.sql.SQLException;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.spi.SqlSession;

/**
 * A ModuleDatabase whose units of work join an open session: several service calls then commit (or roll
 * back) together with the enclosing transaction. Used by the demo loader.
 */
public final class InTransaction implements ModuleDatabase {
    private final String moduleId;
    private final SqlSession session;

    public InTransaction(String moduleId, SqlSession session) {
        this.moduleId = moduleId;
        this.session = session;
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return write(work);
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        try {
            return work.apply(session);
        } catch (SQLException e) {
            throw new IllegalStateException("Module " + moduleId + ": database error: " + e.getMessage(), e);
        }
    }
}
