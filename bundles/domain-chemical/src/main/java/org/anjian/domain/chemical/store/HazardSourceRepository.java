package org.anjian.domain.chemical.store;

import org.anjian.api.kit.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;

/** Rows of chemical_major_hazard_source, chemical_mhs_substance and chemical_mhs_guarantor. */
public final class HazardSourceRepository {
    private static final String COLUMNS = "id, enterprise_credit_code, region_code, name, unit_type, exposed_population,"
            + " s, r, major, grade, version, created_at, updated_at";

    public void insert(Connection c, MajorHazardSource m) throws SQLException {
        Jdbc.update(c, "INSERT INTO chemical_major_hazard_source (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.enterpriseCreditCode(), m.regionCode(), m.name(), m.unitType(), m.exposedPopulation(), m.s(),
                m.r(), m.major(), m.grade(), m.version(), m.createdAt(), m.updatedAt());
        int position = 0;
        for (MajorHazardSource.Substance s : m.substances()) {
            Jdbc.update(c, "INSERT INTO chemical_mhs_substance (source_id, position, cas, name, hazard_class,"
                    + " quantity_tonnes) VALUES (?, ?, ?, ?, ?, ?)", m.id(), position++, s.cas(), s.name(),
                    s.hazardClass(), s.quantityTonnes());
        }
        for (MajorHazardSource.Guarantor g : m.guarantors()) {
            Jdbc.update(c, "INSERT INTO chemical_mhs_guarantor (source_id, role, name, position, phone)"
                    + " VALUES (?, ?, ?, ?, ?)", m.id(), g.role(), g.name(), g.position(), g.phone());
        }
    }

    public Optional<MajorHazardSource> find(Connection c, String id) throws SQLException {
        Optional<MajorHazardSource> row = Jdbc.one(c, "SELECT " + COLUMNS
                + " FROM chemical_major_hazard_source WHERE id = ?", HazardSourceRepository::map, id);
        if (row.isEmpty()) {
            return row;
        }
        List<MajorHazardSource.Substance> substances = Jdbc.list(c, "SELECT cas, name, hazard_class, quantity_tonnes"
                        + " FROM chemical_mhs_substance WHERE source_id = ? ORDER BY position",
                rs -> new MajorHazardSource.Substance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)),
                id);
        List<MajorHazardSource.Guarantor> guarantors = Jdbc.list(c, "SELECT role, name, position, phone"
                        + " FROM chemical_mhs_guarantor WHERE source_id = ? ORDER BY role",
                rs -> new MajorHazardSource.Guarantor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                id);
        return Optional.of(row.get().withDetails(substances, guarantors));
    }

    public Page<MajorHazardSource> search(Connection c, org.anjian.api.enterprise.EnterpriseScope scope,
                                          String enterpriseCreditCode, Integer grade, PageRequest page) throws SQLException {
        Where where = new Where().and(scope.rowsOf("enterprise_credit_code"))
                .andIf(enterpriseCreditCode, "enterprise_credit_code = ?")
                .andIf(grade, "grade = ?");
        long total = Jdbc.count(c, "SELECT COUNT(*) FROM chemical_major_hazard_source" + where.sql(), where.params());
        List<MajorHazardSource> rows = Jdbc.list(c, "SELECT " + COLUMNS + " FROM chemical_major_hazard_source"
                        + where.sql() + " ORDER BY enterprise_credit_code, name, id LIMIT ? OFFSET ?",
                HazardSourceRepository::map, where.params(page.limit(), page.offset()));
        return new Page<>(rows, total);
    }

    /** The enterprise's major source with the most severe grade (lowest number), if any. */
    public Optional<MajorHazardSource> mostSevere(Connection c, String enterpriseCreditCode) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM chemical_major_hazard_source"
                        + " WHERE enterprise_credit_code = ? AND major = TRUE AND grade IS NOT NULL"
                        + " ORDER BY grade, r DESC, name", HazardSourceRepository::map, enterpriseCreditCode);
    }

    public boolean existsFor(Connection c, String id, String enterpriseCreditCode) throws SQLException {
        return Jdbc.count(c, "SELECT COUNT(*) FROM chemical_major_hazard_source WHERE id = ?"
                + " AND enterprise_credit_code = ?", id, enterpriseCreditCode) > 0;
    }

    private static MajorHazardSource map(ResultSet rs) throws SQLException {
        return new MajorHazardSource(rs.getString("id"), rs.getString("enterprise_credit_code"),
                rs.getString("region_code"), rs.getString("name"), rs.getString("unit_type"),
                rs.getInt("exposed_population"), rs.getDouble("s"), rs.getDouble("r"), rs.getBoolean("major"),
                Jdbc.intOrNull(rs, "grade"), rs.getLong("version"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "updated_at"), null, null);
    }
}
