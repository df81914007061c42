package org.anjian.domain.construction.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.SqlCondition;
import org.anjian.api.kit.jdbc.Jdbc;

/** Rows of construction_project, read with their works' counts and whether the key personnel are complete. */
final class ProjectStore {
    static final String COLUMNS = "p.id, p.project_code, p.name, p.builder_credit_code, p.contractor_credit_code,"
            + " p.region_code, p.address, p.status, p.start_date, p.planned_completion_date, p.version, p.created_at, p.updated_at";
    private static final String READ = "SELECT " + COLUMNS
            + ", (SELECT COUNT(*) FROM construction_dangerous_work w WHERE w.project_id = p.id) AS works"
            + ", (SELECT COUNT(*) FROM construction_dangerous_work w WHERE w.project_id = p.id AND w.level = 'BEYOND_SCALE') AS beyond"
            + ", (SELECT COUNT(*) FROM construction_person r WHERE r.project_id = p.id AND r.role = 'PROJECT_MANAGER'"
            + " AND r.certificate_type = 'B' AND r.valid_until >= ?) AS managers"
            + ", (SELECT COUNT(*) FROM construction_person r WHERE r.project_id = p.id AND r.role = 'SAFETY_OFFICER'"
            + " AND r.certificate_type = 'C' AND r.valid_until >= ?) AS officers"
            + " FROM construction_project p";

    void insert(Connection c, String id, NewProject p, ProjectStatus status, LocalDate start, LocalDate end,
                java.time.Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO construction_project (id, project_code, name, builder_credit_code,"
                        + " contractor_credit_code, region_code, address, status, start_date, planned_completion_date,"
                        + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                id, p.projectCode().strip(), p.name().strip(), p.builderCreditCode(), p.contractorCreditCode(),
                p.regionCode(), blank(p.address()), status.name(), start, end, now, now);
    }

    void update(Connection c, String id, NewProject p, ProjectStatus status, LocalDate start, LocalDate end,
                java.time.Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE construction_project SET project_code = ?, name = ?, builder_credit_code = ?,"
                        + " contractor_credit_code = ?, region_code = ?, address = ?, status = ?, start_date = ?,"
                        + " planned_completion_date = ?, version = version + 1, updated_at = ? WHERE id = ?",
                p.projectCode().strip(), p.name().strip(), p.builderCreditCode(), p.contractorCreditCode(),
                p.regionCode(), blank(p.address()), status.name(), start, end, now, id);
    }

    Optional<Project> find(Connection c, String id, LocalDate today) throws SQLException {
        return Jdbc.one(c, READ + " WHERE p.id = ?", ProjectStore::map, today, today, id);
    }

    boolean codeTaken(Connection c, String code, String exceptId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM construction_project WHERE project_code = ? AND id <> ?",
                code.strip(), exceptId == null ? "" : exceptId) > 0;
    }

    List<Project> search(Connection c, SqlCondition scope, String contractor, ProjectStatus status, LocalDate today,
                         int limit, int offset) throws SQLException {
        Filter f = filter(scope, contractor, status);
        List<Object> params = new ArrayList<>(List.of(today, today));
        params.addAll(f.params);
        params.add(limit);
        params.add(offset);
        return Jdbc.list(c, READ + f.where + " ORDER BY p.project_code, p.id LIMIT ? OFFSET ?", ProjectStore::map,
                params.toArray());
    }

    long count(Connection c, SqlCondition scope, String contractor, ProjectStatus status) throws SQLException {
        Filter f = filter(scope, contractor, status);
        return Jdbc.count(c, "SELECT COUNT(*) FROM construction_project p" + f.where, f.params.toArray());
    }

    /** Projects in a status (the site checks walk the ones in progress), unscoped: the platform's own jobs. */
    List<Project> inStatus(Connection c, ProjectStatus status, LocalDate today) throws SQLException {
        return Jdbc.list(c, READ + " WHERE p.status = ? ORDER BY p.id", ProjectStore::map, today, today, status.name());
    }

    /**
     * For the risk grading of a contractor: its projects in progress, the 危大工程 being carried out on them (by
     * level) and those projects without their key personnel.
     */
    long[] riskCounts(Connection c, String contractor, LocalDate today) throws SQLException {
        List<Project> active = Jdbc.list(c, READ + " WHERE p.contractor_credit_code = ? AND p.status = ?",
                ProjectStore::map, today, today, contractor, ProjectStatus.IN_PROGRESS.name());
        long dangerous = 0;
        long beyond = 0;
        long unmanned = 0;
        for (Project p : active) {
            dangerous += Jdbc.count(c, "SELECT COUNT(*) FROM construction_dangerous_work WHERE project_id = ?"
                    + " AND stage = 'IN_PROGRESS' AND level = 'DANGEROUS'", p.id());
            beyond += Jdbc.count(c, "SELECT COUNT(*) FROM construction_dangerous_work WHERE project_id = ?"
                    + " AND stage = 'IN_PROGRESS' AND level = 'BEYOND_SCALE'", p.id());
            unmanned += p.keyPersonnel().complete() ? 0 : 1;
        }
        return new long[] {active.size(), dangerous, beyond, unmanned};
    }

    private record Filter(String where, List<Object> params) { }

    private static Filter filter(SqlCondition scope, String contractor, ProjectStatus status) {
        StringBuilder where = new StringBuilder(" WHERE (").append(scope.sql()).append(')');
        List<Object> params = new ArrayList<>(scope.params());
        if (contractor != null) {
            where.append(" AND p.contractor_credit_code = ?");
            params.add(contractor);
        }
        if (status != null) {
            where.append(" AND p.status = ?");
            params.add(status.name());
        }
        return new Filter(where.toString(), params);
    }

    private static Project map(ResultSet rs) throws SQLException {
        String contractor = rs.getString("contractor_credit_code");
        return new Project(rs.getString("id"), rs.getString("project_code"), rs.getString("name"),
                rs.getString("builder_credit_code"), contractor, contractor, rs.getString("region_code"),
                rs.getString("address"), rs.getString("status"), Jdbc.date(rs, "start_date"),
                Jdbc.date(rs, "planned_completion_date"), rs.getLong("works"), rs.getLong("beyond"),
                new Project.KeyPersonnel(rs.getLong("managers") > 0, rs.getLong("officers") > 0),
                rs.getLong("version"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
