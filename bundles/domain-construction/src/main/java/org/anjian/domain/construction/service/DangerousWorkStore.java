package org.anjian.domain.construction.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.construction.rules.Parameter;
import org.anjian.domain.construction.rules.WorkCategory;

/**
 * Rows of construction_dangerous_work and construction_work_stage. Parameters are stored as {@code name=value} lines
 * (numbers, true/false, or a listed value): the category's parameter list says how each reads back.
 */
final class DangerousWorkStore {
    /** A work's row before it is explained. */
    record Row(String id, String projectId, String name, WorkCategory category, Map<String, Object> parameters,
               String level, String stage, Instant createdAt) { }

    void insert(Connection c, String id, String projectId, String name, WorkCategory category,
                Map<String, Object> parameters, String level, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO construction_dangerous_work (id, project_id, name, category, parameters, level, stage,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, projectId, name, category.name(),
                encode(parameters), level, Stage.PLAN_DRAFTED.name(), now);
    }

    void stage(Connection c, String workId, Stage stage, LocalDate on, String by, String note, Instant now,
               String recordedBy) throws SQLException {
        Jdbc.update(c, "UPDATE construction_dangerous_work SET stage = ? WHERE id = ?", stage.name(), workId);
        Jdbc.update(c, "INSERT INTO construction_work_stage (work_id, stage, reached_on, reached_by, note, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", workId, stage.name(), on, by, note, now, recordedBy);
    }

    Optional<Row> find(Connection c, String projectId, String workId) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM construction_dangerous_work WHERE id = ? AND project_id = ?",
                DangerousWorkStore::map, workId, projectId);
    }

    List<Row> ofProject(Connection c, String projectId, int limit, int offset) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM construction_dangerous_work WHERE project_id = ? ORDER BY created_at, id"
                + " LIMIT ? OFFSET ?", DangerousWorkStore::map, projectId, limit, offset);
    }

    long countOfProject(Connection c, String projectId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM construction_dangerous_work WHERE project_id = ?", projectId);
    }

    List<DangerousWork.StageReached> stages(Connection c, String workId) throws SQLException {
        return Jdbc.list(c, "SELECT stage, reached_on, reached_by, note FROM construction_work_stage WHERE work_id = ?"
                + " ORDER BY reached_on, recorded_at", rs -> {
                    Stage s = Stage.valueOf(rs.getString("stage"));
                    return new DangerousWork.StageReached(s.name(), s.nameZh(), Jdbc.date(rs, "reached_on"),
                            rs.getString("reached_by"), rs.getString("note"));
                }, workId);
    }

    private static Row map(ResultSet rs) throws SQLException {
        WorkCategory category = WorkCategory.valueOf(rs.getString("category"));
        return new Row(rs.getString("id"), rs.getString("project_id"), rs.getString("name"), category,
                decode(category, rs.getString("parameters")), rs.getString("level"), rs.getString("stage"),
                Jdbc.instant(rs, "created_at"));
    }

    static String encode(Map<String, Object> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    static Map<String, Object> decode(WorkCategory category, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = line.substring(0, eq);
            String value = line.substring(eq + 1);
            Parameter p = category.parameter(name).orElse(null);
            if (p == null) {
                continue;
            }
            out.put(name, switch (p.kind()) {
                case NUMBER -> Double.valueOf(value);
                case FLAG -> Boolean.valueOf(value);
                case VALUE -> value;
            });
        }
        return out;
    }
}
