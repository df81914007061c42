package org.anjian.core.enterprise;

import static org.anjian.core.testing.TestDatabase.GRID_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.core.persistence.Migration;
import org.anjian.core.persistence.SqlMigrator;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.anjian.testdb.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name search through the bigram index gives exactly what a scan with LIKE gives, for every term of the
 * registry's names and some that match nothing; the index follows renames; the migration fills it for the
 * enterprises registered before it.
 */
class NameSearchTest {
    private static final List<String> NAMES = List.of("安泰化工有限公司", "泰安机械厂", "安安泰泰商贸有限公司", "东城化工有限公司",
            "西山建筑工程有限公司", "化工100%纯_测试有限公司", "𠀀𠀁科技有限公司", "A&B 贸易公司", "安", "宁波安泰燃气有限公司");
    private static TestDatabase db;
    private static EnterpriseServiceImpl enterprises;

    @BeforeAll
    static void start() {
        db = TestDatabase.migrated(NameSearchTest.class);
        RegionServiceImpl regions = db.loadRegions();
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions);
        for (int i = 0; i < NAMES.size(); i++) {
            enterprises.create(Principals.ADMIN, EnterpriseServiceImplTest.enterprise(EnterpriseServiceImplTest.code(i + 1),
                    NAMES.get(i), "2614", i % 2 == 0 ? VILLAGE_A : VILLAGE_B, i % 2 == 0 ? GRID_A : null, RiskColour.BLUE));
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void everyTermFindsWhatAScanFinds() {
        Set<String> terms = new TreeSet<>();
        for (String name : NAMES) {
            int[] cps = name.codePoints().toArray();
            for (int from = 0; from < cps.length; from++) {
                for (int to = from + 1; to <= Math.min(cps.length, from + 6); to++) {
                    terms.add(new String(cps, from, to - from));
                }
            }
        }
        // every fifth of the registry's substrings (a spread of lengths and positions), and terms that are hard
        List<String> chosen = new java.util.ArrayList<>();
        int k = 0;
        for (String term : terms) {
            if (k++ % 5 == 0 || term.codePointCount(0, term.length()) == 2) {
                chosen.add(term);
            }
        }
        chosen.addAll(List.of("安泰燃", "泰化", "有限公司X", "工%", "%", "_测", "a&b", "化工有限公司东", "安", "𠀁科"));
        for (String term : chosen) {
            if (term.isBlank()) {
                continue;
            }
            Set<String> expected = NAMES.stream().filter(n -> n.contains(term.strip())).collect(Collectors.toSet());
            assertThat(names(search(term))).as("search %s", term).isEqualTo(expected);
        }
    }

    @Test
    void theIndexFollowsARename() {
        String code = EnterpriseServiceImplTest.code(50);
        Enterprise created = enterprises.create(Principals.ADMIN, EnterpriseServiceImplTest.enterprise(code, "临时改名测试公司",
                "2614", VILLAGE_A, GRID_A, RiskColour.BLUE));
        assertThat(names(search("改名测试"))).containsExactly("临时改名测试公司");
        enterprises.update(Principals.ADMIN, code, EnterpriseServiceImplTest.with(created, "永久新名字公司", RiskColour.BLUE,
                VILLAGE_A, GRID_A, created.version()));
        assertThat(search("改名测试")).isEmpty();
        assertThat(names(search("新名字"))).containsExactly("永久新名字公司");
        assertThat(db.rows("SELECT gram FROM enterprise_name_gram WHERE credit_code = ?", code)).extracting(r -> r.get("gram"))
                .containsExactlyInAnyOrderElementsOf(NameGrams.of("永久新名字公司"));
    }

    @Test
    void theMigrationFillsTheIndexForEnterprisesRegisteredBeforeIt() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.create("name_grams_backfill")) {
            SqlMigrator migrator = new SqlMigrator(fresh.dataSource(), TestDatabase.CLOCK);
            List<Migration> all = TestDatabase.coreMigrations();
            List<Migration> before = all.stream().filter(m -> m.version() < 6).toList();
            migrator.migrate("core", before);
            try (var c = fresh.dataSource().getConnection(); var st = c.createStatement()) {
                st.execute("INSERT INTO region (code, name, level, parent_code, table_version) VALUES"
                        + " ('330999000000', '测试县', 'COUNTY', NULL, 't')");
                int n = 0;
                for (String name : NAMES) {
                    if (name.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                        continue; // H2 counts UTF-16 units in SQL: the application indexes those names as it writes them
                    }
                    st.execute("INSERT INTO enterprise (credit_code, name, industry_code, address, region_code,"
                            + " risk_colour, version, created_at, updated_at) VALUES ('C" + (n++) + "', '" + name
                            + "', '2614', '地址', '330999000000', 'BLUE', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
            }
            assertThat(migrator.migrate("core", all)).isEqualTo(all.size() - before.size());
            Map<String, Set<String>> grams = new java.util.HashMap<>();
            try (var c = fresh.dataSource().getConnection(); var st = c.createStatement();
                 var rs = st.executeQuery("SELECT e.name, g.gram FROM enterprise_name_gram g JOIN enterprise e"
                         + " ON e.credit_code = g.credit_code")) {
                while (rs.next()) {
                    grams.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
            for (String name : NAMES) {
                if (name.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                    continue;
                }
                assertThat(grams.getOrDefault(name, Set.of())).as(name).isEqualTo(new TreeSet<>(NameGrams.of(name)));
            }
        }
    }

    @Test
    void termsLookUpAtMostThreeBigramsSpreadOverTheTerm() {
        assertThat(NameGrams.lookups("安")).isEmpty();
        assertThat(NameGrams.lookups("安泰")).containsExactly("安泰");
        assertThat(NameGrams.lookups("安泰化工")).containsExactly("安泰", "泰化", "化工");
        assertThat(NameGrams.lookups("安泰化工有限公司")).containsExactly("安泰", "工有", "公司");
        assertThat(NameGrams.of("安安安")).containsExactly("安安");
        assertThat(NameGrams.of("𠀀𠀁科")).containsExactly("𠀀𠀁", "𠀁科");
    }

    private static List<Enterprise> search(String term) {
        return enterprises.search(Principals.ADMIN, new EnterpriseQuery(null, null, null, term, new PageRequest(0, 100)))
                .items();
    }

    private static Set<String> names(List<Enterprise> items) {
        return items.stream().map(Enterprise::name).collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
