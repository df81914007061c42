package org.anjian.domain.specialequipment.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.Page;

/** se_equipment over JDBC. */
public final class EquipmentRepository {
    private static final String COLUMNS = "id, enterprise_credit_code, region_code, category_code, equipment_code,"
            + " registration_code, certificate_no, location, maintenance_contractor, rescue_code,"
            + " safety_condition_grade, last_inspection, next_due, status, version, created_at, updated_at";

    public void insert(Connection c, Equipment e) throws SQLException {
        try {
            Jdbc.update(c, "INSERT INTO se_equipment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?)", e.id(), e.enterpriseCreditCode(), e.regionCode(), e.categoryCode(),
                    e.equipmentCode(), e.registrationCode(), e.certificateNo(), e.location(),
                    e.maintenanceContractor(), e.rescueCode(), e.safetyConditionGrade(), e.lastInspection(),
                    e.nextDue(), e.status(), e.version(), e.createdAt(), e.updatedAt());
        } catch (SQLException ex) {
            if (Jdbc.isConstraintViolation(ex)) {
                throw new ConflictException("DUPLICATE_EQUIPMENT_CODE", "equipmentCode",
                        "equipment code " + e.equipmentCode() + " is already registered");
            }
            throw ex;
        }
    }

    /** Writes the inspection-related columns; the stored version must be {@code e.version() - 1}. */
    public void updateInspection(Connection c, Equipment e) throws SQLException {
        int n = Jdbc.update(c, "UPDATE se_equipment SET safety_condition_grade = ?, last_inspection = ?, next_due = ?,"
                        + " status = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                e.safetyConditionGrade(), e.lastInspection(), e.nextDue(), e.status(), e.version(), e.updatedAt(),
                e.id(), e.version() - 1);
        if (n != 1) {
            throw new ConflictException("STALE_EQUIPMENT", "id", "equipment " + e.id() + " was changed concurrently; retry");
        }
    }

    public Optional<Equipment> find(Connection c, String id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM se_equipment WHERE id = ?", EquipmentRepository::map, id);
    }

    public Optional<Equipment> findByCode(Connection c, String equipmentCode) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM se_equipment WHERE equipment_code = ?", EquipmentRepository::map,
                equipmentCode);
    }

    public Page<Equipment> search(Connection c, EquipmentFilter f, int offset, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        org.anjian.api.common.SqlCondition scope = f.scope().rowsOf("enterprise_credit_code");
        where.append(" AND (").append(scope.sql()).append(')');
        params.addAll(scope.params());
        if (f.enterpriseCreditCode() != null) {
            where.append(" AND enterprise_credit_code = ?");
            params.add(f.enterpriseCreditCode());
        }
        if (f.categoryPrefix() != null && !f.categoryPrefix().isEmpty()) {
            where.append(" AND category_code LIKE ?");
            params.add(likePrefix(f.categoryPrefix()));
        }
        if (f.status() != null) {
            where.append(" AND status = ?");
            params.add(f.status());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND status = 'IN_USE' AND next_due < ?");
            params.add(f.today());
        } else if (Boolean.FALSE.equals(f.overdue())) {
            where.append(" AND NOT (status = 'IN_USE' AND next_due IS NOT NULL AND next_due < ?)");
            params.add(f.today());
        }
        if (f.dueWithinDays() != null) {
            where.append(" AND status = 'IN_USE' AND next_due >= ? AND next_due <= ?");
            params.add(f.today());
            params.add(f.today().plusDays(f.dueWithinDays()));
        }
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM se_equipment" + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        List<Equipment> items = Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_equipment" + where
                + " ORDER BY CASE WHEN next_due IS NULL THEN 1 ELSE 0 END, next_due, id LIMIT ? OFFSET ?", EquipmentRepository::map, paged.toArray());
        return new Page<>(items, total);
    }

    /** IN_USE equipment past its due date that has no overdue-hazard row for that due date yet. */
    public List<Equipment> overdueWithoutHazard(Connection c, LocalDate today) throws SQLException {
        return Jdbc.list(c, "SELECT " + COLUMNS + " FROM se_equipment e WHERE e.status = 'IN_USE' AND e.next_due < ?"
                + " AND NOT EXISTS (SELECT 1 FROM se_overdue_hazard h WHERE h.equipment_id = e.id"
                + " AND h.due_date = e.next_due) ORDER BY e.next_due, e.id", EquipmentRepository::map, today);
    }

    /** [all, overdue, due within N days] of one enterprise's equipment. */
    public long[] dueCounts(Connection c, String creditCode, LocalDate today, int dueWithinDays) throws SQLException {
        long all = Jdbc.count(c, "SELECT COUNT(*) FROM se_equipment WHERE enterprise_credit_code = ?", creditCode);
        long overdue = Jdbc.count(c, "SELECT COUNT(*) FROM se_equipment WHERE enterprise_credit_code = ?"
                + " AND status = 'IN_USE' AND next_due < ?", creditCode, today);
        long soon = Jdbc.count(c, "SELECT COUNT(*) FROM se_equipment WHERE enterprise_credit_code = ?"
                + " AND status = 'IN_USE' AND next_due >= ? AND next_due <= ?", creditCode, today,
                today.plusDays(dueWithinDays));
        return new long[] {all, overdue, soon};
    }

    public long countForEnterprise(Connection c, String creditCode) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM se_equipment WHERE enterprise_credit_code = ?", creditCode);
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static Equipment map(ResultSet rs) throws SQLException {
        return new Equipment(rs.getString("id"), rs.getString("enterprise_credit_code"), rs.getString("region_code"),
                rs.getString("category_code"), rs.getString("equipment_code"), rs.getString("registration_code"),
                rs.getString("certificate_no"), rs.getString("location"), rs.getString("maintenance_contractor"),
                rs.getString("rescue_code"), Jdbc.intOrNull(rs, "safety_condition_grade"),
                Jdbc.date(rs, "last_inspection"), Jdbc.date(rs, "next_due"), rs.getString("status"),
                rs.getLong("version"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
