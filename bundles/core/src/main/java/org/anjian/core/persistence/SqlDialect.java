package org.anjian.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * What differs between the two databases the platform runs on, in one place. Migrations and queries are written
 * in standard SQL that both run; each difference below is explicit, and tested on both engines.
 */
public enum SqlDialect {
    /** H2 2.x (the embedded default). */
    H2(List.of()),
    /**
     * PostgreSQL 12 or later (production). It has no {@code CLOB}, which the first migrations of the core and the
     * exchange declare (before PostgreSQL was tested): the migrator first creates the SQL standard's domain
     * {@code clob} over {@code text}, so that those scripts run unchanged and keep their checksums on every H2
     * database that already applied them.
     */
    POSTGRESQL(List.of("""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'clob') THEN
                CREATE DOMAIN clob AS text;
              END IF;
            END $$"""));

    private final List<String> prelude;

    SqlDialect(List<String> prelude) {
        this.prelude = prelude;
    }

    /** The dialect of the database behind {@code c}. */
    public static SqlDialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database " + c.getMetaData().getDatabaseProductName()
                + ": Anjian runs on H2 and PostgreSQL");
    }

    /** Whether a failed migration's DDL is rolled back with it (PostgreSQL), or stays (H2 commits DDL at once). */
    public boolean hasTransactionalDdl() {
        return this == POSTGRESQL;
    }

    /** The SQL expression for the next value of {@code sequence}. */
    public String nextValue(String sequence) {
        return this == POSTGRESQL ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    /** Runs what this database needs before any module's migrations (idempotent). */
    void prepare(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : prelude) {
                st.execute(sql);
            }
        }
    }
}
