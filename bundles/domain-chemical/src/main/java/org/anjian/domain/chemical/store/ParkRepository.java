package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/** Rows of chemical_park and chemical_park_member. */
public final class ParkRepository {
    private static final String COLUMNS = "id, code, name, region_code, safety_grade, version, created_at, updated_at";

    public void insert(Connection c, Park p) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_park (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.code(), p.name(), p.regionCode(), p.safetyGrade(), p.version(), p.createdAt(),
                p.updatedAt());
        insertMembers(c, p.id(), p.members());
    }

    public boolean codeExists(Connection c, String code) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM chemical_park WHERE code = ?", code) > 0;
    }

    public Optional<Park> find(Connection c, String id) throws SQLException {
        Optional<Park> row = Jdbc.one(c, "SELECT " + COLUMNS + " FROM chemical_park WHERE id = ?", ParkRepository::map, id);
        if (row.isEmpty()) {
            return row;
        }
        return Optional.of(row.get().withMembers(members(c, id), row.get().version(), row.get().updatedAt()));
    }

    /** Locks the park row for an update in this transaction. */
    public Optional<Park> findForUpdate(Connection c, String id) throws SQLException {
        Optional<Park> row = Jdbc.one(c, "SELECT " + COLUMNS + " FROM chemical_park WHERE id = ? FOR UPDATE",
                ParkRepository::map, id);
        if (row.isEmpty()) {
            return row;
        }
        return Optional.of(row.get().withMembers(members(c, id), row.get().version(), row.get().updatedAt()));
    }

    public Page<Park> search(Connection c, String jurisdiction, PageRequest page) throws SQLException {
        Where where = new Where().within("region_code", jurisdiction);
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM chemical_park" + where.sql(), where.params());
        List<Park> rows = Jdbc.list(c, "SELECT " + COLUMNS + " FROM chemical_park" + where.sql()
                + " ORDER BY code LIMIT ? OFFSET ?", ParkRepository::map, where.params(page.limit(), page.offset()));
        List<Park> out = new ArrayList<>();
        for (Park p : rows) {
            out.add(p.withMembers(members(c, p.id()), p.version(), p.updatedAt()));
        }
        return new Page<>(out, total);
    }

    public void replaceMembers(Connection c, Park updated) throws SQLException {
        Jdbc.update(c, "DELETE FROM chemical_park_member WHERE park_id = ?", updated.id());
        insertMembers(c, updated.id(), updated.members());
        Jdbc.update(c, "UPDATE chemical_park SET version = ?, updated_at = ? WHERE id = ?", updated.version(),
                updated.updatedAt(), updated.id());
    }

    public List<String> members(Connection c, String parkId) throws SQLException {
        return Jdbc.list(c, "SELECT enterprise_credit_code FROM chemical_park_member WHERE park_id = ?"
                + " ORDER BY enterprise_credit_code", rs -> rs.getString(1), parkId);
    }

    private static void insertMembers(Connection c, String parkId, List<String> members) throws SQLException {
        for (String m : members) {
            Jdbc.update(c, "INSERT INTO chemical_park_member (park_id, enterprise_credit_code) VALUES (?, ?)", parkId, m);
        }
    }

    private static Park map(ResultSet rs) throws SQLException {
        return new Park(rs.getString("id"), rs.getString("code"), rs.getString("name"), rs.getString("region_code"),
                rs.getString("safety_grade"), List.of(), rs.getLong("version"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"));
    }
}
