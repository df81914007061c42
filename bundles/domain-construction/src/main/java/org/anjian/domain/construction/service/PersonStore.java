package org.anjian.domain.construction.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anjian.api.kit.jdbc.Jdbc;

/** Rows of construction_person (the certificate state is computed by the reader: it depends on the day). */
final class PersonStore {
    /** A person's row; the service adds the status and the project's enterprise. */
    record Row(String id, String projectId, String name, String role, String certificateType, String certificateNumber,
               String operationType, LocalDate issuedOn, LocalDate validUntil, long version) { }

    void insert(Connection c, String id, String projectId, NewPerson p, String operationType, LocalDate issuedOn,
                LocalDate validUntil, Instant now) throws SQLException {
        Jdbc.update(c, "INSERT INTO construction_person (id, project_id, name, role, certificate_type, certificate_number,"
                        + " operation_type, issued_on, valid_until, version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", id, projectId, p.name().strip(), p.role().name(),
                p.certificateType().name(), p.certificateNumber().strip(), operationType, issuedOn, validUntil, now, now);
    }

    void update(Connection c, String id, NewPerson p, String operationType, LocalDate issuedOn, LocalDate validUntil,
                Instant now) throws SQLException {
        Jdbc.update(c, "UPDATE construction_person SET name = ?, role = ?, certificate_type = ?, certificate_number = ?,"
                        + " operation_type = ?, issued_on = ?, valid_until = ?, version = version + 1, updated_at = ? WHERE id = ?",
                p.name().strip(), p.role().name(), p.certificateType().name(), p.certificateNumber().strip(),
                operationType, issuedOn, validUntil, now, id);
    }

    long version(Connection c, String id) throws SQLException {
        return Jdbc.number(c, "SELECT version FROM construction_person WHERE id = ?", id);
    }

    Optional<Row> find(Connection c, String projectId, String id) throws SQLException {
        return Jdbc.one(c, "SELECT * FROM construction_person WHERE id = ? AND project_id = ?", PersonStore::map, id,
                projectId);
    }

    List<Row> ofProject(Connection c, String projectId, int limit, int offset) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM construction_person WHERE project_id = ? ORDER BY role, name, id"
                + " LIMIT ? OFFSET ?", PersonStore::map, projectId, limit, offset);
    }

    long countOfProject(Connection c, String projectId) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM construction_person WHERE project_id = ?", projectId);
    }

    /** The people of a project whose certificate ended before {@code today}. */
    List<Row> expired(Connection c, String projectId, LocalDate today) throws SQLException {
        return Jdbc.list(c, "SELECT * FROM construction_person WHERE project_id = ? AND valid_until < ? ORDER BY id",
                PersonStore::map, projectId, today);
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("project_id"), rs.getString("name"), rs.getString("role"),
                rs.getString("certificate_type"), rs.getString("certificate_number"), rs.getString("operation_type"),
                Jdbc.date(rs, "issued_on"), Jdbc.date(rs, "valid_until"), rs.getLong("version"));
    }
}
