package org.anjian.domain.specialequipment.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** se_overdue_hazard over JDBC. */
public final class OverdueHazardRepository {
    private static final String COLUMNS = "equipment_id, due_date, hazard_id, closed, created_at";

    /** False when a row for (equipment, due date) already exists. */
    public boolean insert(Connection c, String equipmentId, LocalDate due, long hazardId, Instant at)
            throws SQLException {
        if (Jdbc.count(c, "SELECT COUNT(*) FROM se_overdue_hazard WHERE equipment_id = ? AND due_date = ?",
                equipmentId, due) > 0) {
            return false;
        }
        Jdbc.update(c, "INSERT INTO se_overdue_hazard (equipment_id, due_date, hazard_id, closed, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", equipmentId, due, hazardId, false, at);
        return true;
    }

    public List<OverdueHazard> open(Connection c) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_overdue_hazard WHERE closed = ? ORDER BY created_at",
                OverdueHazardRepository::map, false);
    }

    public List<OverdueHazard> openFor(Connection c, String equipmentId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_overdue_hazard WHERE closed = ? AND equipment_id = ?"
                + " ORDER BY due_date", OverdueHazardRepository::map, false, equipmentId);
    }

    public List<OverdueHazard> forEquipment(Connection c, String equipmentId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_overdue_hazard WHERE equipment_id = ? ORDER BY due_date",
                OverdueHazardRepository::map, equipmentId);
    }

    public int close(Connection c, String equipmentId, LocalDate due, Instant at) throws SQLException {
        return Jdbc.update(c, "UPDATE se_overdue_hazard SET closed = ?, closed_at = ? WHERE equipment_id = ?"
                + " AND due_date = ? AND closed = ?", true, at, equipmentId, due, false);
    }

    static OverdueHazard map(ResultSet rs) throws SQLException {
        return new OverdueHazard(rs.getString("equipment_id"), Jdbc.date(rs, "due_date"), rs.getLong("hazard_id"),
                rs.getBoolean("closed"), Jdbc.instant(rs, "created_at"));
    }
}
