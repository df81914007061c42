package org.anjian.core.modules;

import java.sql.Connection;
import java.sql.SQLException;

/** The SQL expression for the next value of a sequence, per database. */
final class Sequences {
    private Sequences() {
    }

    static String next(Connection c, String sequence) {
        try {
            return org.anjian.core.persistence.SqlDialect.of(c).nextValue(sequence);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
