package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/** Rows of chemical_monitoring_point. */
public final class PointRepository {
    private static final String COLUMNS = "id, enterprise_credit_code, region_code, source_id, tag, name, kind, unit,"
            + " low_limit, high_limit";

    public void insert(Connection c, MonitoringPoint p) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_monitoring_point (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.enterpriseCreditCode(), p.regionCode(), p.sourceId(), p.tag(), p.name(), p.kind(), p.unit(),
                p.lowLimit(), p.highLimit());
    }

    public Optional<MonitoringPoint> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM chemical_monitoring_point WHERE id = ?", PointRepository::map, id);
    }

    public Optional<MonitoringPoint> findByTag(Connection c, String enterpriseCreditCode, String tag)
            throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM chemical_monitoring_point WHERE enterprise_credit_code = ?"
                + " AND tag = ?", PointRepository::map, enterpriseCreditCode, tag);
    }

    /** Locks the point's row: serialises alarm decisions for one point. */
    public void lock(Connection c, String id) throws SQLException {
        Jdbc.list(c, "SELECT id FROM chemical_monitoring_point WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
    }

    public Page<MonitoringPoint> search(Connection c, org.anjian.api.enterprise.EnterpriseScope scope,
                                        String enterpriseCreditCode, PageRequest page) throws SQLException {
        Where where = new Where().and(scope.rowsOf("enterprise_credit_code"))
                .andIf(enterpriseCreditCode, "enterprise_credit_code = ?");
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM chemical_monitoring_point" + where.sql(), where.params());
        List<MonitoringPoint> rows = Jdbc.list(c, "SELECT " + COLUMNS + " FROM chemical_monitoring_point" + where.sql()
                + " ORDER BY enterprise_credit_code, tag LIMIT ? OFFSET ?", PointRepository::map,
                where.params(page.limit(), page.offset()));
        return new Page<>(rows, total);
    }

    private static MonitoringPoint map(ResultSet rs) throws SQLException {
        return new MonitoringPoint(rs.getString("id"), rs.getString("enterprise_credit_code"),
                rs.getString("region_code"), rs.getString("source_id"), rs.getString("tag"), rs.getString("name"),
                rs.getString("kind"), rs.getString("unit"), Jdbc.doubleOrNull(rs, "low_limit"),
                Jdbc.doubleOrNull(rs, "high_limit"));
    }
}
