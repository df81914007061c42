package org.anjian.core.region;

import static org.anjian.core.testing.TestDatabase.COUNTY;
import static org.anjian.core.testing.TestDatabase.GRID_A;
import static org.anjian.core.testing.TestDatabase.GRID_B;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_A;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_B;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegionServiceImplTest {

    private static TestDatabase db;
    private static RegionServiceImpl regions;

    @BeforeAll
    static void startDatabase() {
        db = TestDatabase.migrated(RegionServiceImplTest.class);
        regions = new RegionServiceImpl(db.transactions(), TestDatabase.CLOCK);
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void loadTree() {
        db.deleteAll();
        assertThat(regions.importTable(Principals.SYSTEM, TestDatabase.TABLE_VERSION, TestDatabase.regionTree()))
                .isEqualTo(7);
    }

    @Test
    void importStoresTheTreeAndRecordsVersionAndAudit() {
        assertThat(regions.list(Principals.SYSTEM)).extracting(Region::code)
                .containsExactly(COUNTY, TOWNSHIP_A, VILLAGE_A, GRID_A, TOWNSHIP_B, VILLAGE_B, GRID_B);
        assertThat(regions.find(Principals.SYSTEM, VILLAGE_A))
                .contains(new Region(VILLAGE_A, "东城社区", RegionLevel.VILLAGE, TOWNSHIP_A));
        assertThat(regions.tableVersions()).containsExactly(TestDatabase.TABLE_VERSION);
        assertThat(db.rows("SELECT rows_count, applied_by FROM region_table_version"))
                .containsExactly(Map.of("rows_count", 7, "applied_by", "test"));
        assertThat(db.rows("SELECT actor, action, target_type, target_id FROM audit_entry"))
                .containsExactly(Map.of("actor", "test", "action", "REGION_TABLE_IMPORT", "target_type", "regionTable",
                        "target_id", TestDatabase.TABLE_VERSION));
        assertThat(db.queryCount("SELECT COUNT(*) FROM region WHERE table_version = ?", TestDatabase.TABLE_VERSION))
                .isEqualTo(7);
        assertThat(regions.exists(GRID_B)).isTrue();
        assertThat(regions.exists("330999102000")).isFalse();
        assertThat(regions.exists(null)).isFalse();
    }

    @Test
    void sameTableVersionTwiceIsANoOp() {
        List<Region> renamed = List.of(new Region(TOWNSHIP_A, "东城街道(新)", RegionLevel.TOWNSHIP, COUNTY),
                new Region("330999002000", "新街道", RegionLevel.TOWNSHIP, COUNTY));
        Map<String, Long> before = db.snapshot();

        assertThat(regions.importTable(Principals.SYSTEM, TestDatabase.TABLE_VERSION, renamed)).isZero();

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(regions.find(Principals.SYSTEM, TOWNSHIP_A)).map(Region::name).contains("东城街道");
        assertThat(regions.exists("330999002000")).isFalse();
    }

    @Test
    void aNewVersionInsertsNewCodesAndRenamesChangedOnes() {
        List<Region> v2 = List.of(
                new Region(COUNTY, "测试县", RegionLevel.COUNTY, null), // unchanged
                new Region(TOWNSHIP_A, "东城街道(新)", RegionLevel.TOWNSHIP, COUNTY), // renamed
                new Region("330999002000", "新街道", RegionLevel.TOWNSHIP, COUNTY), // new
                new Region("330999002001", "新社区", RegionLevel.VILLAGE, "330999002000")); // new, parent in same table

        assertThat(regions.importTable(Principals.SYSTEM, "2027-test", v2)).isEqualTo(3);

        assertThat(regions.find(Principals.SYSTEM, TOWNSHIP_A)).map(Region::name).contains("东城街道(新)");
        assertThat(regions.children(Principals.SYSTEM, "330999002000")).extracting(Region::code)
                .containsExactly("330999002001");
        assertThat(regions.tableVersions()).containsExactlyInAnyOrder(TestDatabase.TABLE_VERSION, "2027-test");
        assertThat(db.queryCount("SELECT COUNT(*) FROM region WHERE table_version = '2027-test'")).isEqualTo(3);
        assertThat(db.queryCount("SELECT COUNT(*) FROM region WHERE code = ? AND table_version = ?", COUNTY,
                TestDatabase.TABLE_VERSION)).as("an unchanged row keeps its table version").isEqualTo(1);
    }

    static Stream<Arguments> invalidRows() {
        return Stream.of(
                Arguments.of("bad code",
                        List.of(new Region("33099900100X", "坏", RegionLevel.TOWNSHIP, COUNTY)), "rows[0].code"),
                Arguments.of("township part out of range",
                        List.of(new Region("330999700000", "坏", RegionLevel.TOWNSHIP, COUNTY)), "rows[0].code"),
                Arguments.of("missing name",
                        List.of(new Region("330999002000", " ", RegionLevel.TOWNSHIP, COUNTY)), "rows[0].name"),
                Arguments.of("level mismatch",
                        List.of(new Region("330999002000", "新街道", RegionLevel.TOWNSHIP, COUNTY),
                                new Region("330999002001", "新社区", RegionLevel.GRID, "330999002000")),
                        "rows[1].level"),
                Arguments.of("wrong parent",
                        List.of(new Region("330999002001", "新社区", RegionLevel.VILLAGE, TOWNSHIP_A)),
                        "rows[0].parentCode"),
                Arguments.of("county with a parent",
                        List.of(new Region("330998000000", "邻县", RegionLevel.COUNTY, COUNTY)),
                        "rows[0].parentCode"),
                Arguments.of("parent missing",
                        List.of(new Region("330999002001", "新社区", RegionLevel.VILLAGE, "330999002000")), "rows"),
                Arguments.of("parent listed after its child",
                        List.of(new Region("330999002001", "新社区", RegionLevel.VILLAGE, "330999002000"),
                                new Region("330999002000", "新街道", RegionLevel.TOWNSHIP, COUNTY)), "rows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRows")
    void importValidatesEveryRowAndWritesNothing(String description, List<Region> rows, String field) {
        Map<String, Long> before = db.snapshot();

        assertThatThrownBy(() -> regions.importTable(Principals.SYSTEM, "2027-bad", rows))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));

        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(regions.tableVersions()).doesNotContain("2027-bad");
    }

    @Test
    void importNeedsATableVersionAndAnAdministrator() {
        assertThatThrownBy(() -> regions.importTable(Principals.SYSTEM, " ", TestDatabase.regionTree()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("tableVersion"));
        assertThatThrownBy(() -> regions.importTable(Principals.SYSTEM, "x".repeat(33), TestDatabase.regionTree()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> regions.importTable(Principals.OFFICER_A, "2027-test", TestDatabase.regionTree()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> regions.importTable(Principals.LEADER, "2027-test", TestDatabase.regionTree()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(regions.tableVersions()).containsExactly(TestDatabase.TABLE_VERSION);
    }

    @Test
    void childrenAreTheDirectChildrenInCodeOrder() {
        assertThat(regions.children(Principals.SYSTEM, COUNTY)).extracting(Region::code)
                .containsExactly(TOWNSHIP_A, TOWNSHIP_B);
        assertThat(regions.children(Principals.SYSTEM, TOWNSHIP_B)).extracting(Region::code)
                .containsExactly(VILLAGE_B);
        assertThat(regions.children(Principals.SYSTEM, VILLAGE_B)).extracting(Region::code).containsExactly(GRID_B);
        assertThat(regions.children(Principals.SYSTEM, GRID_B)).isEmpty();
        assertThatThrownBy(() -> regions.children(Principals.SYSTEM, "330999102000"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.key()).isEqualTo("330999102000"));
    }

    @Test
    void aTownshipOfficerSeesOnlyTheirTownship() {
        assertThat(regions.list(Principals.OFFICER_A)).extracting(Region::code)
                .containsExactly(TOWNSHIP_A, VILLAGE_A, GRID_A);
        assertThat(regions.find(Principals.OFFICER_A, TOWNSHIP_A)).isPresent();
        assertThat(regions.find(Principals.OFFICER_A, GRID_A)).isPresent();
        assertThat(regions.children(Principals.OFFICER_A, TOWNSHIP_A)).extracting(Region::code)
                .containsExactly(VILLAGE_A);

        // foreign regions look like missing ones
        assertThat(regions.find(Principals.OFFICER_A, TOWNSHIP_B)).isEmpty();
        assertThat(regions.find(Principals.OFFICER_A, VILLAGE_B)).isEmpty();
        assertThat(regions.find(Principals.OFFICER_A, COUNTY)).isEmpty();
        assertThatThrownBy(() -> regions.children(Principals.OFFICER_A, TOWNSHIP_B))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> regions.children(Principals.OFFICER_A, COUNTY))
                .isInstanceOf(NotFoundException.class);
        // exists() is not scoped
        assertThat(regions.exists(TOWNSHIP_B)).isTrue();
    }

    @Test
    void findOfAnInvalidOrUnknownCodeIsEmpty() {
        assertThat(regions.find(Principals.SYSTEM, null)).isEmpty();
        assertThat(regions.find(Principals.SYSTEM, "abc")).isEmpty();
        assertThat(regions.find(Principals.SYSTEM, "330999102000")).isEmpty();
    }

    @Test
    void aLongTableIsImportedInOneTransaction() {
        List<Region> rows = new ArrayList<>();
        rows.add(new Region("330999003000", "三街道", RegionLevel.TOWNSHIP, COUNTY));
        for (int i = 1; i <= 120; i++) {
            rows.add(new Region(String.format("330999003%03d", i), "村" + i, RegionLevel.VILLAGE, "330999003000"));
        }
        // one bad row at the end (a grid of an unknown village) rejects the whole table up front
        List<Region> broken = new ArrayList<>(rows);
        broken.add(new Region("330999003999001", "网格", RegionLevel.GRID, "330999003999"));
        long regionsBefore = db.count("region");

        assertThatThrownBy(() -> regions.importTable(Principals.SYSTEM, "2027-long", broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("rows"));
        assertThat(db.count("region")).isEqualTo(regionsBefore);

        assertThat(regions.importTable(Principals.SYSTEM, "2027-long", rows)).isEqualTo(121);
        assertThat(regions.children(Principals.SYSTEM, "330999003000")).hasSize(120);
    }

    // ------------------------------------------------------------------ outlines of the county map

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,29.1],[120.2,29.1],[120.2,29.2],[120.1,29.1]]]}";

    @Test
    void townshipOutlinesAreStoredAndServedInsideTheJurisdiction() {
        String multi = "{ \"coordinates\" : [[[[120.3,29.1],[120.4,29.1],[120.4,29.2],[120.3,29.1]]]], \"type\":\"MultiPolygon\","
                + " \"properties\": {\"dropped\": true} }";
        assertThat(regions.importShapes(Principals.SYSTEM, java.util.Map.of(TOWNSHIP_A, SQUARE, TOWNSHIP_B, multi))).isEqualTo(2);

        assertThat(regions.townshipShapes(Principals.ADMIN)).extracting(org.anjian.api.region.RegionShape::code)
                .containsExactlyInAnyOrder(TOWNSHIP_A, TOWNSHIP_B);
        org.anjian.api.region.RegionShape b = regions.townshipShapes(Principals.OFFICER_B).get(0);
        assertThat(b.name()).isEqualTo("西山镇");
        assertThat(b.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(b.geometry()).as("re-written compactly, foreign members dropped")
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[120.3,29.1],[120.4,29.1],[120.4,29.2],[120.3,29.1]]]]}");
        assertThat(regions.townshipShapes(Principals.GRID_MEMBER_A)).as("a grid member's own township")
                .extracting(org.anjian.api.region.RegionShape::code).containsExactly(TOWNSHIP_A);

        // a second import replaces
        String moved = SQUARE.replace("120.1", "120.15");
        regions.importShapes(Principals.SYSTEM, java.util.Map.of(TOWNSHIP_A, moved));
        assertThat(regions.townshipShapes(Principals.OFFICER_A).get(0).geometry()).contains("120.15");
        assertThat(db.queryCount("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGION_SHAPES_IMPORT'")).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "not json                                                                                  | shapes.330999001000",
        "[1,2]                                                                                     | shapes.330999001000",
        "{\"type\":\"Point\",\"coordinates\":[120.1,29.1]}                                         | shapes.330999001000.type",
        "{\"type\":\"Polygon\",\"coordinates\":[]}                                                 | shapes.330999001000.coordinates",
        "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,29.1],[120.2,29.1],[120.1,29.1]]]}          | shapes.330999001000.coordinates[0]",
        "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,29.1],[120.2,29.1],[120.2,29.2],[120.3,29.3]]]} | shapes.330999001000.coordinates[0]",
        "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,29.1],[200,29.1],[120.2,29.2],[120.1,29.1]]]} | shapes.330999001000.coordinates[0][1]",
        "{\"type\":\"Polygon\",\"coordinates\":[[[120.1,29.1],[\"120\",29.1],[120.2,29.2],[120.1,29.1]]]} | shapes.330999001000.coordinates[0][1]",
        "{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}                                           | shapes.330999001000.coordinates[0]",
    })
    void aBadOutlineIsRefusedNamingWhereAndNothingIsStored(String geometry, String field) {
        assertThatThrownBy(() -> regions.importShapes(Principals.SYSTEM, java.util.Map.of(TOWNSHIP_B, SQUARE, TOWNSHIP_A, geometry)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(db.count("region_geometry")).isZero();
    }

    @Test
    void outlinesOfUnknownRegionsOrByNonAdministratorsAreRefused() {
        assertThatThrownBy(() -> regions.importShapes(Principals.SYSTEM, java.util.Map.of("330999102000", SQUARE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("shapes.330999102000"));
        assertThatThrownBy(() -> regions.importShapes(Principals.SYSTEM, java.util.Map.of("33x", SQUARE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("shapes.33x"));
        assertThatThrownBy(() -> regions.importShapes(Principals.SYSTEM, java.util.Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("shapes"));
        assertThatThrownBy(() -> regions.importShapes(Principals.OFFICER_A, java.util.Map.of(TOWNSHIP_A, SQUARE)))
                .isInstanceOf(org.anjian.api.common.ForbiddenException.class);
        assertThat(db.count("region_geometry")).isZero();
        assertThat(regions.townshipShapes(Principals.ADMIN)).isEmpty();
    }
}
