package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** Rows of chemical_reading. */
public final class ReadingRepository {

    public void insert(Connection c, String id, String pointId, Instant at, double value) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_reading (id, point_id, at, reading_value) VALUES (?, ?, ?, ?)",
                id, pointId, at, value);
    }
}
