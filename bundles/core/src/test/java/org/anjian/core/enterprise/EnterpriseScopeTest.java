package org.anjian.core.enterprise;

import static org.anjian.core.testing.TestDatabase.GRID_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.anjian.api.common.SqlCondition;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseScope;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.api.spi.IndustryModule;
import org.anjian.core.access.IndustryScope;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scope a module's SQL gets selects exactly the enterprises {@code find} shows the same caller: region, grid and
 * sub-committee industries, one rule. Checked on a module table of the real schema's database.
 */
class EnterpriseScopeTest {
    static final String OFFICE = "危险化学品安全专业委员会办公室";
    static final String CHEM_A = CreditCode.withCheckCharacter("91330999000000701");
    static final String GRID_SHOP_A = CreditCode.withCheckCharacter("91330999000000702");
    static final String MILL_B = CreditCode.withCheckCharacter("91330999000000703");
    static final String CHEM_B = CreditCode.withCheckCharacter("91330999000000704");
    static final List<AnjianPrincipal> CALLERS = List.of(Principals.SYSTEM, Principals.ADMIN, Principals.LEADER,
            Principals.OFFICER_A, Principals.OFFICER_B, Principals.GRID_MEMBER_A,
            new AnjianPrincipal("chem", Set.of(Roles.SUBCOMMITTEE), "330999", OFFICE),
            new AnjianPrincipal("chem-a", Set.of(Roles.SUBCOMMITTEE), "330999001", OFFICE),
            new AnjianPrincipal("gas", Set.of(Roles.SUBCOMMITTEE), "330999", "燃气专委办"),
            new AnjianPrincipal("nobody", Set.of(Roles.TOWNSHIP), "330999102", "乡镇"));

    private static TestDatabase db;
    private static EnterpriseServiceImpl enterprises;

    @BeforeAll
    static void start() {
        db = TestDatabase.migrated(EnterpriseScopeTest.class);
        IndustryScope industries = new IndustryScope(() -> List.of(module()));
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, db.loadRegions(), industries);
        enterprises.create(Principals.SYSTEM, enterprise(CHEM_A, "东城化工", "2614", VILLAGE_A, null));
        enterprises.create(Principals.SYSTEM, enterprise(GRID_SHOP_A, "东城五金", "3311", VILLAGE_A, GRID_A));
        enterprises.create(Principals.SYSTEM, enterprise(MILL_B, "西山面粉厂", "1311", VILLAGE_B, null));
        enterprises.create(Principals.SYSTEM, enterprise(CHEM_B, "西山涂料", "2641", VILLAGE_B, null));
        db.execute("CREATE TABLE module_row (id INT PRIMARY KEY, enterprise_credit_code VARCHAR(18))");
        int id = 0;
        for (String code : List.of(CHEM_A, GRID_SHOP_A, MILL_B, CHEM_B, CHEM_A, "913309990000009999")) {
            db.execute("INSERT INTO module_row VALUES (" + (++id) + ", '" + code + "')");
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theScopeSelectsWhatFindShowsForEveryKindOfCaller() throws SQLException {
        for (AnjianPrincipal caller : CALLERS) {
            Set<String> visible = new TreeSet<>();
            for (String code : List.of(CHEM_A, GRID_SHOP_A, MILL_B, CHEM_B)) {
                if (enterprises.sees(caller, code)) {
                    visible.add(code);
                }
            }
            Set<String> selected = rows(enterprises.scope(caller));
            // a row naming no registered enterprise is the module's own business: only the unlimited see it
            assertThat(selected.remove("913309990000009999")).as(caller.userId())
                    .isEqualTo(enterprises.scope(caller) == EnterpriseScope.ALL);
            assertThat(selected).as(caller.userId()).isEqualTo(visible);
        }
    }

    @Test
    void theCallersSeeWhatTheirJurisdictionAndOfficeGive() throws SQLException {
        assertThat(rows(enterprises.scope(Principals.ADMIN))).containsExactlyInAnyOrder(CHEM_A, GRID_SHOP_A, MILL_B, CHEM_B,
                "913309990000009999");
        assertThat(enterprises.scope(Principals.ADMIN)).isSameAs(EnterpriseScope.ALL);
        assertThat(rows(enterprises.scope(Principals.OFFICER_A))).containsExactlyInAnyOrder(CHEM_A, GRID_SHOP_A);
        assertThat(rows(enterprises.scope(Principals.GRID_MEMBER_A))).containsExactly(GRID_SHOP_A);
        assertThat(rows(enterprises.scope(CALLERS.get(6)))).containsExactlyInAnyOrder(CHEM_A, CHEM_B);
        assertThat(rows(enterprises.scope(CALLERS.get(7)))).containsExactly(CHEM_A);
        assertThat(rows(enterprises.scope(CALLERS.get(8)))).as("an office no installed module names").isEmpty();
        assertThat(enterprises.scope(CALLERS.get(8)).rowsOf("x")).isEqualTo(SqlCondition.FALSE);
    }

    @Test
    void theDefaultOfTheInterfaceListsWhatSearchGivesAndAgrees() throws SQLException {
        org.anjian.api.enterprise.EnterpriseService plain = new org.anjian.api.enterprise.EnterpriseService() {
            @Override public Enterprise create(AnjianPrincipal c, Enterprise e) { throw new UnsupportedOperationException(); }
            @Override public Enterprise update(AnjianPrincipal c, String code, Enterprise e) { throw new UnsupportedOperationException(); }
            @Override public java.util.Optional<Enterprise> find(AnjianPrincipal c, String code) { return enterprises.find(c, code); }
            @Override public org.anjian.api.common.Page<Enterprise> search(AnjianPrincipal c, org.anjian.api.enterprise.EnterpriseQuery q) {
                return enterprises.search(c, q);
            }
        };
        for (AnjianPrincipal caller : CALLERS.subList(1, CALLERS.size())) {
            Set<String> expected = rows(enterprises.scope(caller));
            expected.remove("913309990000009999");
            assertThat(rows(plain.scope(caller))).as(caller.userId()).isEqualTo(expected);
        }
    }

    /** The distinct credit codes of module_row the condition selects. */
    private static Set<String> rows(EnterpriseScope scope) throws SQLException {
        SqlCondition c = scope.rowsOf("r.enterprise_credit_code");
        Set<String> out = new TreeSet<>();
        try (Connection con = db.dataSource().getConnection();
             PreparedStatement ps = con.prepareStatement("SELECT r.enterprise_credit_code FROM module_row r WHERE " + c.sql())) {
            List<Object> params = new ArrayList<>(c.params());
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Enterprise enterprise(String code, String name, String industry, String region, String grid) {
        return new Enterprise(code, name, industry, "示范路1号", region, grid, List.of(), RiskColour.BLUE, null, null, List.of(), null);
    }

    private static IndustryModule module() {
        return new IndustryModule() {
            @Override public String id() { return "chemical"; }
            @Override public String nameZh() { return "化工"; }
            @Override public String nameEn() { return "chemical"; }
            @Override public String version() { return "1.0.0"; }
            @Override public String subcommittee() { return OFFICE; }
            @Override public List<String> industryCodes() { return List.of("26"); }
        };
    }
}
