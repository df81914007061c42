package org.anjian.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.sql.SQLException;

/**
 * A module's access to its tables, with the platform's outbox and audit log in the same transaction.
 *
 * <p>A module bundle does not open it: its manifest names the module ({@value #HEADER}{@code : chemical}) and the
 * platform, when the bundle starts, applies the bundle's {@code db/<module>/V<n>__*.sql} migrations and registers
 * the module's database as a service with the property {@value #MODULE}; the module's components take it with
 * {@code @Reference(target = "(anjian.module=chemical)")}. It goes away when the bundle stops.
 */
@ProviderType
public interface ModuleDatabase {
    /** The manifest header that names a bundle's module id. */
    String HEADER = "Anjian-Module";
    /** The service property carrying the module id of a registered module database. */
    String MODULE = "anjian.module";

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
