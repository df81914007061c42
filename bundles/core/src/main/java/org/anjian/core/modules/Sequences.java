package org.anjian.core.modules;

import java.sql.Connection;
import java.sql.SQLException;

/** The SQL expression for the next value of a sequence, per database. */
final class Sequences {
    private Sequences() {
    }

    static String next(Connection c, String sequence) {
        try {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("postgres") ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
