package org.anjian.domain.specialequipment.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.Page;

/** se_elevator_event over JDBC. */
public final class ElevatorEventRepository {
    private static final String COLUMNS = "id, equipment_id, enterprise_credit_code, region_code, kind, at,"
            + " description, status, handled_at, handled_by, note, hazard_id, version, created_at, created_by";

    public void insert(Connection c, ElevatorEvent e) throws SQLException {
        Jdbc.update(c, "INSERT INTO se_elevator_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)", e.id(), e.equipmentId(), e.enterpriseCreditCode(), e.regionCode(), e.kind(), e.at(),
                e.description(), e.status(), e.handledAt(), e.handledBy(), e.note(), e.hazardId(), e.version(),
                e.createdAt(), e.createdBy());
    }

    /** Writes status and handling; the stored version must be {@code e.version() - 1}. */
    public void update(Connection c, ElevatorEvent e) throws SQLException {
        int n = Jdbc.update(c, "UPDATE se_elevator_event SET status = ?, handled_at = ?, handled_by = ?, note = ?,"
                        + " hazard_id = ?, version = ? WHERE id = ? AND version = ?", e.status(), e.handledAt(),
                e.handledBy(), e.note(), e.hazardId(), e.version(), e.id(), e.version() - 1);
        if (n != 1) {
            throw new ConflictException("STALE_EVENT", "id", "elevator event " + e.id() + " was changed concurrently");
        }
    }

    public Optional<ElevatorEvent> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM se_elevator_event WHERE id = ?", ElevatorEventRepository::map,
                id);
    }

    public Page<ElevatorEvent> search(Connection c, org.anjian.api.enterprise.EnterpriseScope scope, String status,
                                      int offset, int limit) throws SQLException {
        org.anjian.api.common.SqlCondition visible = scope.rowsOf("enterprise_credit_code");
        StringBuilder where = new StringBuilder(" WHERE (").append(visible.sql()).append(')');
        List<Object> params = new ArrayList<>(visible.params());
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status);
        }
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM se_elevator_event" + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        List<ElevatorEvent> items = Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_elevator_event" + where
                + " ORDER BY at DESC, id LIMIT ? OFFSET ?", ElevatorEventRepository::map, paged.toArray());
        return new Page<>(items, total);
    }

    /** RAISED entrapments reported before {@code cutoff}. */
    public List<ElevatorEvent> unhandledEntrapmentsBefore(Connection c, Instant cutoff) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_elevator_event WHERE kind = ? AND status = ? AND at < ?"
                + " ORDER BY at, id", ElevatorEventRepository::map, ElevatorEvent.ENTRAPMENT, ElevatorEvent.RAISED, cutoff);
    }

    public long countForEquipment(Connection c, String equipmentId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM se_elevator_event WHERE equipment_id = ?", equipmentId);
    }

    static ElevatorEvent map(ResultSet rs) throws SQLException {
        return new ElevatorEvent(rs.getString("id"), rs.getString("equipment_id"),
                rs.getString("enterprise_credit_code"), rs.getString("region_code"), rs.getString("kind"),
                Jdbc.instant(rs, "at"), rs.getString("description"), rs.getString("status"),
                Jdbc.instant(rs, "handled_at"), rs.getString("handled_by"), rs.getString("note"),
                Jdbc.longOrNull(rs, "hazard_id"), rs.getLong("version"), Jdbc.instant(rs, "created_at"),
                rs.getString("created_by"));
    }
}
