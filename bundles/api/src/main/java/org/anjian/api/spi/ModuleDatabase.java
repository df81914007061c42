package org.anjian.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.sql.SQLException;

/** A module's access to its tables, with the platform's outbox and audit log in the same transaction. */
@ProviderType
public interface ModuleDatabase {

    String moduleId();

    /** Runs the work in a transaction that is always rolled back (reads). */
    <T> T read(SqlWork<T> work);

    /** Runs the work in a transaction: committed when it returns, rolled back when it throws. */
    <T> T write(SqlWork<T> work);

    /** A unit of work on one connection; platform exceptions (validation, conflict) pass through unchanged. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(SqlSession session) throws SQLException;
    }
}
