package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/** Rows of chemical_alarm (joined with its point for tag, name and unit). */
public final class AlarmRepository {
    private static final String SELECT = "SELECT a.id, a.point_id, p.tag, p.name, p.unit, a.enterprise_credit_code,"
            + " a.region_code, a.raised_at, a.reading_value, a.limit_value, a.direction, a.status, a.handled_at,"
            + " a.handled_by, a.note, a.hazard_id, a.version FROM chemical_alarm a JOIN chemical_monitoring_point p"
            + " ON p.id = a.point_id";

    public void insert(Connection c, Alarm a) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_alarm (id, point_id, open_point_id, enterprise_credit_code, region_code,"
                        + " raised_at, reading_value, limit_value, direction, status, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id(), a.pointId(), a.pointId(), a.enterpriseCreditCode(), a.regionCode(), a.raisedAt(), a.value(),
                a.limitValue(), a.direction(), a.status(), a.version());
    }

    /** The point's open (RAISED or ESCALATED) alarm, if any. */
    public boolean hasOpen(Connection c, String pointId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM chemical_alarm WHERE open_point_id = ?", pointId) > 0;
    }

    public Optional<Alarm> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, SELECT + " WHERE a.id = ?", AlarmRepository::map, id);
    }

    public Page<Alarm> search(Connection c, org.anjian.api.enterprise.EnterpriseScope scope, String status,
                              String enterpriseCreditCode, PageRequest page) throws SQLException {
        Where where = new Where().and(scope.rowsOf("a.enterprise_credit_code"))
                .andIf(status, "a.status = ?")
                .andIf(enterpriseCreditCode, "a.enterprise_credit_code = ?");
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM chemical_alarm a" + where.sql(), where.params());
        List<Alarm> rows = Jdbc.list(c, SELECT + where.sql() + " ORDER BY a.raised_at DESC, a.id LIMIT ? OFFSET ?",
                AlarmRepository::map, where.params(page.limit(), page.offset()));
        return new Page<>(rows, total);
    }

    /** RAISED alarms raised at or before the instant, oldest first. */
    public List<Alarm> raisedBefore(Connection c, Instant limit, int max) throws SQLException {
        return Jdbc.list(c, SELECT + " WHERE a.status = ? AND a.raised_at <= ? ORDER BY a.raised_at, a.id LIMIT ?",
                AlarmRepository::map, Alarm.RAISED, limit, max);
    }

    /** Marks an open alarm handled (it no longer blocks a new alarm for its point); false when not open. */
    public boolean handle(Connection c, String id, Instant at, String by, String note) throws SQLException {
        return Jdbc.update(c, "UPDATE chemical_alarm SET status = ?, open_point_id = NULL, handled_at = ?,"
                + " handled_by = ?, note = ?, version = version + 1 WHERE id = ? AND status IN (?, ?)", Alarm.HANDLED, at, by, note, id,
                Alarm.RAISED, Alarm.ESCALATED) == 1;
    }

    /** Marks a RAISED alarm escalated to the hazard; false when it is no longer RAISED. */
    public boolean escalate(Connection c, String id, long hazardId) throws SQLException {
        return Jdbc.update(c, "UPDATE chemical_alarm SET status = ?, hazard_id = ?, version = version + 1"
                        + " WHERE id = ? AND status = ?",
                Alarm.ESCALATED, hazardId, id, Alarm.RAISED) == 1;
    }

    public long countSince(Connection c, String enterpriseCreditCode, Instant since, String status) throws SQLException {
        Where where = new Where().and("enterprise_credit_code = ?", enterpriseCreditCode).and("raised_at >= ?", since)
                .andIf(status, "status = ?");
        return Jdbc.count(c, "SELECT COUNT(*) FROM chemical_alarm" + where.sql(), where.params());
    }

    private static Alarm map(ResultSet rs) throws SQLException {
        return new Alarm(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Jdbc.instant(rs, "raised_at"), rs.getDouble(9), rs.getDouble(10),
                rs.getString(11), rs.getString(12), Jdbc.instant(rs, "handled_at"), rs.getString(14), rs.getString(15),
                Jdbc.longOrNull(rs, "hazard_id"), rs.getLong("version"));
    }
}
