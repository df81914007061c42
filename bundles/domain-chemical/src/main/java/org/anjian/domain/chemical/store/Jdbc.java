package org.anjian.domain.chemical.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small PreparedStatement helpers: parameters are bound by type, never concatenated. */
public final class Jdbc {
    private Jdbc() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof Instant instant) {
                ps.setTimestamp(index, Timestamp.from(instant));
            } else if (p instanceof String s) {
                ps.setString(index, s);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Long n) {
                ps.setLong(index, n);
            } else if (p instanceof Double d) {
                ps.setDouble(index, d);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + p.getClass().getName());
            }
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long n = rs.getLong(column);
        return rs.wasNull() ? null : n;
    }

    /** A new primary key. */
    public static String newId() {
        return java.util.UUID.randomUUID().toString();
    }
}
