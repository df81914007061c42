package org.anjian.core.enterprise;

import static org.anjian.core.testing.TestDatabase.COUNTY;
import static org.anjian.core.testing.TestDatabase.GRID_A;
import static org.anjian.core.testing.TestDatabase.GRID_B;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_A;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_B;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.json.Json;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnterpriseServiceImplTest {

    private static final PageRequest ALL = new PageRequest(0, 50);

    /**
     * Regression (fixed): EnterpriseServiceImpl.search maps {@code getResultStream()} through
     * EnterpriseEntity::toRecord, which initialises the lazy guarantors collection. Transactions.read runs
     * without a transaction, so Hibernate releases the JDBC resources after that secondary load and the
     * scrolling ResultSet is closed: every non-empty search fails with GenericJDBCException
     * "could not advance using next()" (H2 90007 "The object is already closed").
     */

    private static TestDatabase db;
    private static EnterpriseServiceImpl enterprises;

    @BeforeAll
    static void startDatabase() {
        db = TestDatabase.migrated(EnterpriseServiceImplTest.class);
        RegionServiceImpl regions = db.loadRegions();
        enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions);
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void emptyRegistry() {
        db.deleteBusinessData();
    }

    /** A valid unified social credit code of this county (serial {@code n}). */
    static String code(int n) {
        return CreditCode.withCheckCharacter("91330999" + String.format("%09d", n));
    }

    static Enterprise enterprise(String code, String name, String industry, String region, String grid,
                                 RiskColour colour) {
        return new Enterprise(code, name, industry, "测试县" + name + "路1号", region, grid, List.of("应急管理局", "消防救援大队"),
                colour, Assessment.GOOD, StandardizationGrade.LEVEL2,
                List.of(new Guarantor("张三", "副镇长", "0571-88880000"), new Guarantor("李四", null, null)), null);
    }

    static Enterprise chemicals(String code) {
        return enterprise(code, "东城化工有限公司", "2614", VILLAGE_A, GRID_A, RiskColour.RED);
    }

    static Enterprise with(Enterprise e, String name, RiskColour colour, String region, String grid, Long version) {
        return new Enterprise(e.creditCode(), name, e.industryCode(), e.address(), region, grid,
                e.supervisingDepartments(), colour, e.assessment(), e.standardizationGrade(), e.guarantors(), version);
    }

    @Test
    void createStoresTheRecordWithAuditAndOutbox() {
        String code = code(1);
        Enterprise input = with(chemicals(code), "  东城化工有限公司 ", RiskColour.RED, VILLAGE_A, GRID_A, null);

        Enterprise created = enterprises.create(Principals.ADMIN, input);

        assertThat(created.version()).isZero();
        assertThat(created.name()).isEqualTo("东城化工有限公司");
        assertThat(created.supervisingDepartments()).containsExactly("应急管理局", "消防救援大队");
        assertThat(created.guarantors()).containsExactly(new Guarantor("张三", "副镇长", "0571-88880000"),
                new Guarantor("李四", null, null));
        assertThat(enterprises.find(Principals.ADMIN, code)).contains(created);
        assertThat(enterprises.find(Principals.LEADER, code)).contains(created);

        assertThat(db.rows("SELECT actor, action, target_type, target_id, before_digest, after_digest FROM audit_entry"))
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("actor", "admin").containsEntry("action", "ENTERPRISE_CREATE")
                            .containsEntry("target_type", "enterprise").containsEntry("target_id", code)
                            .containsEntry("after_digest", Json.digest(created));
                    assertThat(row.get("before_digest")).isNull();
                });
        assertThat(db.rows("SELECT record_type, record_id, record_version, event_type, idempotency_key, region_code,"
                + " payload, acknowledged_at FROM outbox"))
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("record_type", "enterprise").containsEntry("record_id", code)
                            .containsEntry("record_version", 0L).containsEntry("event_type", "ENTERPRISE_CREATED")
                            .containsEntry("idempotency_key", "enterprise:" + code + ":0")
                            .containsEntry("region_code", VILLAGE_A)
                            .containsEntry("payload", Json.write(created));
                    assertThat(row.get("acknowledged_at")).isNull();
                });
        assertThat(db.queryCount("SELECT COUNT(*) FROM enterprise_guarantor WHERE credit_code = ?", code)).isEqualTo(2);
    }

    @Test
    void searchFiltersByRegionColourIndustryNameAndPages() {
        String a = code(11);
        String b = code(12);
        String c = code(13);
        enterprises.create(Principals.SYSTEM, enterprise(a, "东城化工有限公司", "2614", VILLAGE_A, GRID_A, RiskColour.RED));
        enterprises.create(Principals.SYSTEM, enterprise(b, "东城机械厂", "3311", TOWNSHIP_A, null, RiskColour.YELLOW));
        enterprises.create(Principals.SYSTEM, enterprise(c, "西山化工有限公司", "2619", VILLAGE_B, GRID_B, RiskColour.RED));

        assertThat(codes(search(Principals.SYSTEM, null, null, null, null))).containsExactly(a, b, c);
        assertThat(search(Principals.SYSTEM, null, null, null, null).total()).isEqualTo(3);
        // region: a significant prefix, a full township code, a full village code, the county
        assertThat(codes(search(Principals.SYSTEM, "330999001", null, null, null))).containsExactly(a, b);
        assertThat(codes(search(Principals.SYSTEM, TOWNSHIP_A, null, null, null))).containsExactly(a, b);
        assertThat(codes(search(Principals.SYSTEM, TOWNSHIP_B, null, null, null))).containsExactly(c);
        assertThat(codes(search(Principals.SYSTEM, VILLAGE_A, null, null, null))).containsExactly(a);
        assertThat(codes(search(Principals.SYSTEM, COUNTY, null, null, null))).containsExactly(a, b, c);
        assertThat(codes(search(Principals.SYSTEM, "330998", null, null, null))).isEmpty();
        // colour, industry prefix, name substring
        assertThat(codes(search(Principals.SYSTEM, null, RiskColour.RED, null, null))).containsExactly(a, c);
        assertThat(codes(search(Principals.SYSTEM, null, RiskColour.BLUE, null, null))).isEmpty();
        assertThat(codes(search(Principals.SYSTEM, null, null, "26", null))).containsExactly(a, c);
        assertThat(codes(search(Principals.SYSTEM, null, null, "2614", null))).containsExactly(a);
        assertThat(codes(search(Principals.SYSTEM, null, null, "33", null))).containsExactly(b);
        assertThat(codes(search(Principals.SYSTEM, null, null, null, "化工"))).containsExactly(a, c);
        assertThat(codes(search(Principals.SYSTEM, null, null, null, "机械"))).containsExactly(b);
        // LIKE wildcards in the user's text match literally
        assertThat(codes(search(Principals.SYSTEM, null, null, null, "%"))).isEmpty();
        assertThat(codes(search(Principals.SYSTEM, null, null, null, "东城_工"))).isEmpty();
        assertThat(codes(search(Principals.SYSTEM, null, null, "2_", null))).isEmpty();
        // combined
        assertThat(codes(search(Principals.SYSTEM, TOWNSHIP_A, RiskColour.RED, "26", "化工"))).containsExactly(a);
        assertThat(codes(search(Principals.SYSTEM, TOWNSHIP_B, RiskColour.YELLOW, null, null))).isEmpty();

        // paging: ordered by credit code, the total counts every match
        Page<Enterprise> second = enterprises.search(Principals.SYSTEM,
                new EnterpriseQuery(null, null, null, null, new PageRequest(1, 1)));
        assertThat(codes(second)).containsExactly(b);
        assertThat(second.total()).isEqualTo(3);
        Page<Enterprise> beyond = enterprises.search(Principals.SYSTEM,
                new EnterpriseQuery(null, RiskColour.RED, null, null, new PageRequest(5, 10)));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(2);
        Page<Enterprise> firstTwo = enterprises.search(Principals.SYSTEM,
                new EnterpriseQuery(null, null, null, null, new PageRequest(0, 2)));
        assertThat(codes(firstTwo)).containsExactly(a, b);
        assertThat(firstTwo.items().get(0).guarantors()).hasSize(2);

        // a township officer's search is narrowed to the township, whatever the filter asks
        assertThat(codes(search(Principals.OFFICER_A, null, null, null, null))).containsExactly(a, b);
        assertThat(codes(search(Principals.OFFICER_A, COUNTY, null, null, null))).containsExactly(a, b);
        assertThat(codes(search(Principals.OFFICER_A, VILLAGE_A, null, null, null))).containsExactly(a);
        Page<Enterprise> foreign = search(Principals.OFFICER_A, TOWNSHIP_B, null, null, null);
        assertThat(foreign.items()).isEmpty();
        assertThat(foreign.total()).isZero();
        assertThat(codes(search(Principals.OFFICER_B, null, RiskColour.RED, null, null))).containsExactly(c);
    }

    @Test
    void deepListsPageByKeyAndAreCountedUpToTheCap() {
        int n = org.anjian.core.query.JpqlFilter.COUNT_CAP + 5;
        for (int i = 1; i <= n; i++) {
            enterprises.create(Principals.SYSTEM, enterprise(code(2000 + i), "西山" + (i % 2 == 0 ? "机械" : "商贸") + i
                    + "有限公司", "3311", i % 3 == 0 ? VILLAGE_B : VILLAGE_A, null, RiskColour.BLUE));
        }
        // a whole list larger than the cap: counted up to it, and said so
        Page<Enterprise> first = enterprises.search(Principals.SYSTEM, EnterpriseQuery.all(new PageRequest(0, 100)));
        assertThat(first.total()).isEqualTo(org.anjian.core.query.JpqlFilter.COUNT_CAP);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.next()).isEqualTo(first.items().get(99).creditCode());
        assertThat(first.hasMoreAfter(0)).isTrue();
        // a smaller selection is exact, and its last page has no next
        Page<Enterprise> west = enterprises.search(Principals.OFFICER_B,
                new EnterpriseQuery(null, null, null, null, new PageRequest(300, 100)));
        assertThat(west.total()).isEqualTo(n / 3);
        assertThat(west.totalExact()).isTrue();
        assertThat(west.items()).hasSize(n / 3 - 300);
        assertThat(west.next()).isNull();
        assertThat(west.hasMoreAfter(300)).isFalse();

        // following next visits every record once, in key order, under the filters and the caller's scope
        java.util.List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            Page<Enterprise> p = enterprises.search(Principals.SYSTEM, new EnterpriseQuery(null, null, null, "机械",
                    new PageRequest(0, 97, after)));
            assertThat(p.total()).as("the whole selection's count on every page").isEqualTo((n - 1) / 2);
            p.items().forEach(e -> seen.add(e.creditCode()));
            after = p.next();
        } while (after != null);
        assertThat(seen).hasSize((n - 1) / 2).isSorted().doesNotHaveDuplicates();
        // a deep page: offset and after give the same records
        Page<Enterprise> byOffset = enterprises.search(Principals.SYSTEM, EnterpriseQuery.all(new PageRequest(900, 50)));
        Page<Enterprise> before = enterprises.search(Principals.SYSTEM, EnterpriseQuery.all(new PageRequest(899, 1)));
        Page<Enterprise> byKey = enterprises.search(Principals.SYSTEM,
                EnterpriseQuery.all(new PageRequest(0, 50, before.items().get(0).creditCode())));
        assertThat(codes(byKey)).isEqualTo(codes(byOffset));

        // bad keys and mixed paging: 400 naming the field
        assertThatThrownBy(() -> enterprises.search(Principals.SYSTEM, EnterpriseQuery.all(new PageRequest(0, 10, "abc"))))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("after"));
        assertThatThrownBy(() -> new PageRequest(10, 10, code(2001))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("offset"));
    }

    @Test
    void searchRejectsARegionFilterThatIsNotDigits() {
        assertThatThrownBy(() -> search(Principals.SYSTEM, "3309%", null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("regionPrefix"));
    }

    static Stream<Arguments> invalidEnterprises() {
        String ok = code(21);
        String wrongCheck = ok.substring(0, 17) + (ok.charAt(17) == '0' ? '1' : '0');
        return Stream.of(
                Arguments.of("wrong check character", chemicals(wrongCheck), "creditCode"),
                Arguments.of("lower case", chemicals("91330999mA0000001" + "X"), "creditCode"),
                Arguments.of("17 characters", chemicals(ok.substring(0, 17)), "creditCode"),
                Arguments.of("no credit code", chemicals(null), "creditCode"),
                Arguments.of("no name", with(chemicals(ok), " ", RiskColour.RED, VILLAGE_A, GRID_A, null), "name"),
                Arguments.of("bad industry", enterprise(ok, "甲", "26141", VILLAGE_A, null, RiskColour.RED),
                        "industryCode"),
                Arguments.of("unknown region",
                        with(chemicals(ok), "甲", RiskColour.RED, "330999001002", null, null), "regionCode"),
                Arguments.of("unknown township",
                        with(chemicals(ok), "甲", RiskColour.RED, "330999002000", null, null), "regionCode"),
                Arguments.of("county as region",
                        with(chemicals(ok), "甲", RiskColour.RED, COUNTY, null, null), "regionCode"),
                Arguments.of("malformed region",
                        with(chemicals(ok), "甲", RiskColour.RED, "33099900100", null, null), "regionCode"),
                Arguments.of("grid outside the region",
                        with(chemicals(ok), "甲", RiskColour.RED, VILLAGE_A, GRID_B, null), "gridCode"),
                Arguments.of("grid outside the township",
                        with(chemicals(ok), "甲", RiskColour.RED, TOWNSHIP_A, GRID_B, null), "gridCode"),
                Arguments.of("unknown grid",
                        with(chemicals(ok), "甲", RiskColour.RED, VILLAGE_A, "330999001001002", null), "gridCode"),
                Arguments.of("village as grid",
                        with(chemicals(ok), "甲", RiskColour.RED, TOWNSHIP_A, VILLAGE_A, null), "gridCode"),
                Arguments.of("no risk colour", with(chemicals(ok), "甲", null, VILLAGE_A, GRID_A, null), "riskColour"),
                Arguments.of("bad phone", new Enterprise(ok, "甲", "2614", "地址", VILLAGE_A, null, List.of(),
                        RiskColour.RED, null, null, List.of(new Guarantor("张三", null, "call me")), null),
                        "guarantors[0].phone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEnterprises")
    void createRejectsAnInvalidRecordAndWritesNothing(String description, Enterprise invalid, String field) {
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> enterprises.create(Principals.SYSTEM, invalid))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.count("enterprise")).isZero();
        assertThat(db.count("audit_entry")).isZero();
        assertThat(db.count("outbox")).isZero();
    }

    @Test
    void aGridInsideATownshipRegionIsAccepted() {
        Enterprise created = enterprises.create(Principals.SYSTEM,
                enterprise(code(22), "东城商贸", "F", TOWNSHIP_A, GRID_A, RiskColour.BLUE));
        assertThat(created.gridCode()).isEqualTo(GRID_A);
        assertThat(created.regionCode()).isEqualTo(TOWNSHIP_A);
    }

    @Test
    void aDuplicateCreditCodeIsAConflict() {
        String code = code(31);
        enterprises.create(Principals.SYSTEM, chemicals(code));
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> enterprises.create(Principals.SYSTEM,
                enterprise(code, "另一家公司", "3311", VILLAGE_B, null, RiskColour.BLUE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("DUPLICATE");
                    assertThat(e.field()).isEqualTo("creditCode");
                });

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(enterprises.find(Principals.SYSTEM, code)).map(Enterprise::name).contains("东城化工有限公司");
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndWritesNothing() {
        String code = code(41);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));
        enterprises.update(Principals.SYSTEM, code, with(created, "新名称一", RiskColour.ORANGE, VILLAGE_A, GRID_A, 0L));
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> enterprises.update(Principals.SYSTEM, code,
                with(created, "新名称二", RiskColour.BLUE, VILLAGE_A, GRID_A, 0L)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE_VERSION");
                    assertThat(e.field()).isEqualTo("version");
                });

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(enterprises.find(Principals.SYSTEM, code)).get()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("新名称一");
                    assertThat(e.version()).isEqualTo(1L);
                });
    }

    @Test
    void updateWritesAuditAndOutboxKeyedByTheNewVersion() {
        String code = code(51);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));
        Enterprise change = new Enterprise(null, "东城新材料有限公司", "2619", "新地址", VILLAGE_A, null,
                List.of("应急管理局"), RiskColour.ORANGE, Assessment.FAIR, StandardizationGrade.LEVEL3,
                List.of(new Guarantor("王五", "站长", "13800000000")), 0L);

        Enterprise updated = enterprises.update(Principals.OFFICER_A, code, change);

        assertThat(updated.version()).isEqualTo(1L);
        assertThat(updated.creditCode()).isEqualTo(code);
        assertThat(updated.gridCode()).isNull();
        assertThat(updated.supervisingDepartments()).containsExactly("应急管理局");
        assertThat(updated.guarantors()).containsExactly(new Guarantor("王五", "站长", "13800000000"));
        assertThat(enterprises.find(Principals.SYSTEM, code)).contains(updated);

        List<Map<String, Object>> audit = db.rows("SELECT actor, action, before_digest, after_digest FROM audit_entry"
                + " WHERE target_id = ? ORDER BY id", code);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(1)).containsEntry("actor", "officer-a").containsEntry("action", "ENTERPRISE_UPDATE")
                .containsEntry("before_digest", Json.digest(created))
                .containsEntry("after_digest", Json.digest(updated));
        assertThat(audit.get(1).get("before_digest")).isNotNull().isNotEqualTo(audit.get(1).get("after_digest"));

        assertThat(db.rows("SELECT record_version, event_type, idempotency_key, payload FROM outbox ORDER BY id"))
                .extracting(r -> r.get("idempotency_key"))
                .containsExactly("enterprise:" + code + ":0", "enterprise:" + code + ":1");
        assertThat(db.rows("SELECT event_type, payload FROM outbox WHERE record_version = 1"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("event_type", "ENTERPRISE_UPDATED")
                        .containsEntry("payload", Json.write(updated)));

        // without a version the update is unconditional; the key follows the version again
        Enterprise third = enterprises.update(Principals.SYSTEM, code,
                with(updated, "东城新材料股份有限公司", RiskColour.YELLOW, VILLAGE_A, GRID_A, null));
        assertThat(third.version()).isEqualTo(2L);
        assertThat(db.queryCount("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?", "enterprise:" + code + ":2"))
                .isEqualTo(1);
        assertThat(db.count("audit_entry")).isEqualTo(3);
    }

    /**
     * Regression (fixed): EnterpriseEntity.apply always clears and re-fills the departments and guarantors
     * collections (and sets updatedAt), so Hibernate sees the entity as dirty and bumps the version even when
     * nothing changed. The "unchanged" shortcut in EnterpriseServiceImpl.update (after.version equals
     * before.version) never fires for a record with departments or guarantors (and never in production,
     * where updatedAt always moves): every identical save writes an audit entry and an outbox event.
     */
    @Test
    void anIdenticalUpdateChangesNothing() {
        String code = code(55);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));
        Map<String, Long> before = db.snapshot();

        Enterprise same = enterprises.update(Principals.SYSTEM, code, created);

        assertThat(same).isEqualTo(created);
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void updateChecksThePathAndTheRecord() {
        String code = code(52);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> enterprises.update(Principals.SYSTEM, code, chemicals(code(53))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("creditCode"));
        assertThatThrownBy(() -> enterprises.update(Principals.SYSTEM, code,
                with(created, "甲", RiskColour.RED, VILLAGE_A, GRID_B, 0L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("gridCode"));
        assertThatThrownBy(() -> enterprises.update(Principals.SYSTEM, code, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> enterprises.update(Principals.SYSTEM, code(54), chemicals(null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.key()).isEqualTo(code(54)));

        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void aTownshipOfficerWorksOnlyInsideTheTownship() {
        String own = code(61);
        String foreign = code(62);
        Enterprise foreignRecord = enterprises.create(Principals.SYSTEM,
                enterprise(foreign, "西山化工有限公司", "2614", VILLAGE_B, GRID_B, RiskColour.RED));
        Map<String, Long> before = db.snapshot();

        // cannot create in another township
        assertThatThrownBy(() -> enterprises.create(Principals.OFFICER_A,
                enterprise(own, "西山新厂", "2614", VILLAGE_B, null, RiskColour.RED)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(db.snapshot()).isEqualTo(before);

        // cannot see or change another township's enterprise: it looks missing
        assertThat(enterprises.find(Principals.OFFICER_A, foreign)).isEmpty();
        assertThatThrownBy(() -> enterprises.update(Principals.OFFICER_A, foreign,
                with(foreignRecord, "改名", RiskColour.BLUE, VILLAGE_B, GRID_B, 0L)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("enterprise"));
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(enterprises.find(Principals.OFFICER_B, foreign)).contains(foreignRecord);

        // may create at home, but not move the record out of the township
        Enterprise mine = enterprises.create(Principals.OFFICER_A, chemicals(own));
        assertThatThrownBy(() -> enterprises.update(Principals.OFFICER_A, own,
                with(mine, mine.name(), RiskColour.RED, VILLAGE_B, null, 0L)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(enterprises.find(Principals.OFFICER_A, own)).contains(mine);
    }

    @Test
    void aLeaderMayReadButNotWrite() {
        String code = code(71);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> enterprises.create(Principals.LEADER, chemicals(code(72))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> enterprises.update(Principals.LEADER, code,
                with(created, "改名", RiskColour.BLUE, VILLAGE_A, GRID_A, 0L)))
                .isInstanceOf(ForbiddenException.class);
        AnjianPrincipal insurer = new AnjianPrincipal("insurer", java.util.Set.of("insurer"), "", null);
        assertThatThrownBy(() -> enterprises.create(insurer, chemicals(code(72))))
                .isInstanceOf(ForbiddenException.class);

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(enterprises.find(Principals.LEADER, code)).contains(created);
    }

    @Test
    void aLeaderMaySearchTheWholeCounty() {
        String code = code(73);
        enterprises.create(Principals.SYSTEM, chemicals(code));
        assertThat(codes(search(Principals.LEADER, null, null, null, null))).containsExactly(code);
    }

    @Test
    void searchReturnsARecordWithItsLazyGuarantors() {
        String code = code(74);
        Enterprise created = enterprises.create(Principals.SYSTEM, chemicals(code));

        Page<Enterprise> page = enterprises.search(Principals.SYSTEM, EnterpriseQuery.all(ALL));

        assertThat(page.items()).containsExactly(created);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aSearchOutsideTheJurisdictionIsEmpty() {
        enterprises.create(Principals.SYSTEM, enterprise(code(75), "西山化工有限公司", "2614", VILLAGE_B, GRID_B,
                RiskColour.RED));

        Page<Enterprise> foreign = search(Principals.OFFICER_A, TOWNSHIP_B, null, null, null);
        assertThat(foreign.items()).isEmpty();
        assertThat(foreign.total()).isZero();
        Page<Enterprise> ownTownship = search(Principals.OFFICER_A, null, null, null, null);
        assertThat(ownTownship.items()).isEmpty();
        assertThat(ownTownship.total()).isZero();
        assertThat(search(Principals.SYSTEM, "330998", null, null, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, TOWNSHIP_B, RiskColour.BLUE, null, null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, null, "33", null).total()).isZero();
        assertThat(search(Principals.SYSTEM, null, null, null, "机械").total()).isZero();
    }

    @Test
    void aGridMemberSeesAndWritesOnlyTheirGrid() {
        String inGrid = code(41);
        String sameVillageNoGrid = code(42);
        enterprises.create(Principals.SYSTEM, enterprise(inGrid, "网格内商贸公司", "5211", VILLAGE_A, GRID_A, RiskColour.BLUE));
        enterprises.create(Principals.SYSTEM, enterprise(sameVillageNoGrid, "网格外商贸公司", "5211", VILLAGE_A, null,
                RiskColour.BLUE));

        assertThat(enterprises.find(Principals.GRID_MEMBER_A, inGrid)).isPresent();
        assertThat(enterprises.find(Principals.GRID_MEMBER_A, sameVillageNoGrid)).isEmpty();
        assertThat(codes(search(Principals.GRID_MEMBER_A, null, null, null, null))).containsExactly(inGrid);
        assertThat(codes(search(Principals.GRID_MEMBER_A, VILLAGE_A, null, null, null))).containsExactly(inGrid);
        assertThatThrownBy(() -> enterprises.create(Principals.GRID_MEMBER_A,
                enterprise(code(43), "越界登记", "5211", VILLAGE_A, null, RiskColour.BLUE)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> enterprises.update(Principals.GRID_MEMBER_A, sameVillageNoGrid,
                enterprise(sameVillageNoGrid, "改名", "5211", VILLAGE_A, null, RiskColour.BLUE)))
                .isInstanceOf(NotFoundException.class);
    }

    private static Page<Enterprise> search(AnjianPrincipal caller, String region, RiskColour colour, String industry,
                                           String name) {
        return enterprises.search(caller, new EnterpriseQuery(region, colour, industry, name, ALL));
    }

    private static List<String> codes(Page<Enterprise> page) {
        return page.items().stream().map(Enterprise::creditCode).toList();
    }
}
