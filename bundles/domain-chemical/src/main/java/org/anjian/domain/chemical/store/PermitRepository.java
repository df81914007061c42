package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/** Rows of chemical_work_permit. */
public final class PermitRepository {
    private static final String COLUMNS = "id, enterprise_credit_code, region_code, work_type, grade, valid_from,"
            + " valid_until, location, applicant, attendant, status, created_at, created_by";

    public void insert(Connection c, WorkPermit p) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_work_permit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.enterpriseCreditCode(), p.regionCode(), p.workType(), p.grade(), p.validFrom(),
                p.validUntil(), p.location(), p.applicant(), p.attendant(), p.status(), p.createdAt(), p.createdBy());
    }

    /** {@code activeAt} non-null: only permits whose window contains that instant. */
    public Page<WorkPermit> search(Connection c, org.anjian.api.enterprise.EnterpriseScope scope,
                                   String enterpriseCreditCode, Instant activeAt, PageRequest page) throws SQLException {
        Where where = new Where().and(scope.rowsOf("enterprise_credit_code"))
                .andIf(enterpriseCreditCode, "enterprise_credit_code = ?");
        if (activeAt != null) {
            where.and("valid_from <= ? AND valid_until >= ?", activeAt, activeAt);
        }
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM chemical_work_permit" + where.sql(), where.params());
        List<WorkPermit> rows = Jdbc.list(c, "SELECT " + COLUMNS + " FROM chemical_work_permit" + where.sql()
                + " ORDER BY valid_from DESC, id LIMIT ? OFFSET ?", PermitRepository::map,
                where.params(page.limit(), page.offset()));
        return new Page<>(rows, total);
    }

    private static WorkPermit map(ResultSet rs) throws SQLException {
        return new WorkPermit(rs.getString("id"), rs.getString("enterprise_credit_code"), rs.getString("region_code"),
                rs.getString("work_type"), rs.getString("grade"), Jdbc.instant(rs, "valid_from"),
                Jdbc.instant(rs, "valid_until"), rs.getString("location"), rs.getString("applicant"),
                rs.getString("attendant"), rs.getString("status"), Jdbc.instant(rs, "created_at"),
                rs.getString("created_by"));
    }
}
