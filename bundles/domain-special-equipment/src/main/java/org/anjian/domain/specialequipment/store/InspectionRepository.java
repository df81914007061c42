package org.anjian.domain.specialequipment.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** se_inspection over JDBC. */
public final class InspectionRepository {
    private static final String COLUMNS = "id, equipment_id, inspected_on, result, inspector, report_no,"
            + " safety_condition_grade, created_at, created_by";

    public void insert(Connection c, Inspection i) throws SQLException {
        Jdbc.update(c, "INSERT INTO se_inspection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", i.id(),
                i.equipmentId(), i.inspectedOn(), i.result(), i.inspector(), i.reportNo(), i.safetyConditionGrade(),
                i.createdAt(), i.createdBy());
    }

    /** Newest first. */
    public List<Inspection> forEquipment(Connection c, String equipmentId) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_inspection WHERE equipment_id = ?"
                + " ORDER BY inspected_on DESC, created_at DESC", InspectionRepository::map, equipmentId);
    }

    /** The newest inspection recorded at or after {@code since}. */
    public Optional<Inspection> latestRecordedSince(Connection c, String equipmentId, Instant since) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM se_inspection WHERE equipment_id = ? AND created_at >= ?"
                + " ORDER BY inspected_on DESC, created_at DESC", InspectionRepository::map, equipmentId, since);
    }

    static Inspection map(ResultSet rs) throws SQLException {
        return new Inspection(rs.getString("id"), rs.getString("equipment_id"), Jdbc.date(rs, "inspected_on"),
                rs.getString("result"), rs.getString("inspector"), rs.getString("report_no"),
                Jdbc.intOrNull(rs, "safety_condition_grade"), Jdbc.instant(rs, "created_at"), rs.getString("created_by"));
    }
}
