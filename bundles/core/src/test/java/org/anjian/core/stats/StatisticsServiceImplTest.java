package org.anjian.core.stats;

import static org.anjian.core.testing.TestDatabase.GRID_A;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_A;
import static org.anjian.core.testing.TestDatabase.TOWNSHIP_B;
import static org.anjian.core.testing.TestDatabase.VILLAGE_A;
import static org.anjian.core.testing.TestDatabase.VILLAGE_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.hazard.EscalationPolicy;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardTransition;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.stats.MonthCount;
import org.anjian.api.stats.Overview;
import org.anjian.api.stats.TownshipFigures;
import org.anjian.core.access.IndustryScope;
import org.anjian.core.enterprise.EnterpriseServiceImpl;
import org.anjian.core.hazard.HazardServiceImpl;
import org.anjian.core.region.RegionServiceImpl;
import org.anjian.core.testing.Principals;
import org.anjian.core.testing.RecordingEventPublisher;
import org.anjian.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures count what the lists show to the same caller: region, grid and sub-committee scope,
 * months in the county's calendar, back-dated history where the system imported it. "Today" is 2026-06-15.
 */
class StatisticsServiceImplTest {
    static final String CHEMICAL_A = CreditCode.withCheckCharacter("91330999000000501");
    static final String GRID_FIRM_A = CreditCode.withCheckCharacter("91330999000000502");
    static final String QUARRY_B = CreditCode.withCheckCharacter("91330999000000503");
    static final String CHEMICAL_OFFICE = "危险化学品安全专业委员会办公室";
    static final AnjianPrincipal CHEMICAL_OFFICER = new AnjianPrincipal("chem", Set.of(Roles.SUBCOMMITTEE), "330999",
            CHEMICAL_OFFICE);
    static final PageRequest ALL = new PageRequest(0, 100);

    private static TestDatabase db;
    private static HazardServiceImpl hazards;
    private static StatisticsServiceImpl stats;
    private static long closedInJune;

    @BeforeAll
    static void aSmallCountyWithHistory() {
        db = TestDatabase.migrated(StatisticsServiceImplTest.class);
        RegionServiceImpl regions = db.loadRegions();
        IndustryScope scope = new IndustryScope(() -> List.of(chemicalModule()));
        EnterpriseServiceImpl enterprises = new EnterpriseServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, scope);
        hazards = new HazardServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, new RecordingEventPublisher(),
                new EscalationPolicy(1, 30), List::of, scope);
        stats = new StatisticsServiceImpl(db.transactions(), TestDatabase.CLOCK, regions, scope);

        enterprises.create(Principals.SYSTEM, enterprise(CHEMICAL_A, "东城化工有限公司", "2614", VILLAGE_A, null, RiskColour.RED));
        enterprises.create(Principals.SYSTEM, enterprise(GRID_FIRM_A, "东城五金厂", "3311", VILLAGE_A, GRID_A, RiskColour.BLUE));
        enterprises.create(Principals.SYSTEM, enterprise(QUARRY_B, "西山石材厂", "1012", VILLAGE_B, null, RiskColour.YELLOW));

        // April: open and overdue; May: a major one still open, and one closed on 1 June; June: the grid's own;
        // January (outside a three-month window): township B's, overdue
        register(CHEMICAL_A, HazardGrade.GENERAL, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30));
        register(CHEMICAL_A, HazardGrade.MAJOR, LocalDate.of(2026, 5, 3), LocalDate.of(2026, 7, 1));
        long may = register(QUARRY_B, HazardGrade.GENERAL, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 30));
        register(GRID_FIRM_A, HazardGrade.GENERAL, null, LocalDate.of(2026, 6, 25));
        register(QUARRY_B, HazardGrade.GENERAL, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));

        Instant june1 = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(TestDatabase.ZONE).toInstant();
        step(may, new TransitionRequest(HazardAction.ASSIGN, "矿长", null, null, null, null, null, null, null, june1));
        step(may, TransitionRequest.of(HazardAction.START).at(june1.plusSeconds(60)));
        step(may, new TransitionRequest(HazardAction.SUBMIT, null, "已清理", null, null, null, null, null, null)
                .at(june1.plusSeconds(120)));
        step(may, TransitionRequest.of(HazardAction.ACCEPT).at(june1.plusSeconds(180)));
        closedInJune = may;
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theCountysOverviewCountsEveryEnterpriseAndHazard() {
        Overview o = stats.overview(Principals.ADMIN);

        assertThat(o.enterprises()).isEqualTo(3);
        assertThat(o.enterprisesByColour()).containsExactlyInAnyOrderEntriesOf(
                Map.of("RED", 1L, "ORANGE", 0L, "YELLOW", 1L, "BLUE", 1L));
        assertThat(o.openHazards()).isEqualTo(4);
        assertThat(o.openByGrade()).containsExactlyInAnyOrderEntriesOf(Map.of("GENERAL", 3L, "MAJOR", 1L));
        assertThat(o.byStatus()).containsEntry("REGISTERED", 4L).containsEntry("CLOSED", 1L).containsEntry("SUBMITTED", 0L);
        assertThat(o.openByStatusAndGrade()).doesNotContainKey("CLOSED");
        assertThat(o.openByStatusAndGrade().get("REGISTERED")).containsExactlyInAnyOrderEntriesOf(
                Map.of("GENERAL", 3L, "MAJOR", 1L));
        assertThat(o.overdue()).as("April's and January's").isEqualTo(2);
        assertThat(o.supervised()).isZero();
        assertThat(o.listed()).isZero();
    }

    @Test
    void aTownshipAGridAndASubCommitteeCountOnlyWhatTheyMaySee() {
        Overview township = stats.overview(Principals.OFFICER_A);
        assertThat(township.enterprises()).isEqualTo(2);
        assertThat(township.openHazards()).isEqualTo(3);
        assertThat(township.overdue()).isEqualTo(1);
        assertThat(township.openByGrade()).containsEntry("MAJOR", 1L);

        Overview grid = stats.overview(Principals.GRID_MEMBER_A);
        assertThat(grid.enterprises()).isEqualTo(1);
        assertThat(grid.openHazards()).isEqualTo(1);
        assertThat(grid.overdue()).isZero();

        Overview chemical = stats.overview(CHEMICAL_OFFICER);
        assertThat(chemical.enterprises()).as("the chemical office's industries only").isEqualTo(1);
        assertThat(chemical.openHazards()).isEqualTo(2);
        assertThat(chemical.enterprisesByColour()).containsEntry("RED", 1L).containsEntry("YELLOW", 0L);

        // the same figures as the lists give the same callers
        for (AnjianPrincipal caller : List.of(Principals.OFFICER_A, Principals.GRID_MEMBER_A, CHEMICAL_OFFICER)) {
            assertThat(hazards.search(caller, openQuery(true)).total()).isEqualTo(stats.overview(caller).openHazards());
        }
    }

    @Test
    void monthsAreTheCountysCalendarMonthsOldestFirst() {
        assertThat(stats.hazardsByMonth(Principals.ADMIN, 3)).containsExactly(
                new MonthCount("2026-04", 1L, 0L), new MonthCount("2026-05", 2L, 0L), new MonthCount("2026-06", 1L, 1L));
        assertThat(stats.hazardsByMonth(Principals.OFFICER_B, 3)).containsExactly(
                new MonthCount("2026-04", 0L, 0L), new MonthCount("2026-05", 1L, 0L), new MonthCount("2026-06", 0L, 1L));
        List<MonthCount> year = stats.hazardsByMonth(Principals.ADMIN, 12);
        assertThat(year).hasSize(12);
        assertThat(year.get(0).month()).isEqualTo("2025-07");
        assertThat(year).filteredOn(m -> m.month().equals("2026-01")).containsExactly(new MonthCount("2026-01", 1L, 0L));
    }

    @Test
    void aMonthCountOutsideOneToThirtySixIsRefusedNamingMonths() {
        for (int months : new int[]{0, -1, StatisticsServiceImpl.MAX_MONTHS + 1}) {
            assertThatThrownBy(() -> stats.hazardsByMonth(Principals.ADMIN, months))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("months"));
        }
    }

    @Test
    void townshipsCompareInsideTheJurisdictionAndAGridMemberSeesTheirOwnTownship() {
        assertThat(stats.townships(Principals.ADMIN)).containsExactlyInAnyOrder(
                new TownshipFigures(TOWNSHIP_A, "东城街道", 2L, 3L, 1L, 1L),
                new TownshipFigures(TOWNSHIP_B, "西山镇", 1L, 1L, 1L, 0L));
        assertThat(stats.townships(Principals.OFFICER_B)).containsExactly(new TownshipFigures(TOWNSHIP_B, "西山镇", 1L, 1L, 1L, 0L));
        assertThat(stats.townships(Principals.GRID_MEMBER_A))
                .containsExactly(new TownshipFigures(TOWNSHIP_A, "东城街道", 1L, 1L, 0L, 0L));
    }

    @Test
    void theListFiltersOpenRegisteredInAndClosedIn() {
        assertThat(hazards.search(Principals.ADMIN, openQuery(true)).total()).isEqualTo(4);
        assertThat(hazards.search(Principals.ADMIN, openQuery(false)).items()).extracting(Hazard::id)
                .containsExactly(closedInJune);
        assertThat(hazards.search(Principals.ADMIN, monthQuery(YearMonth.of(2026, 5), null)).total()).isEqualTo(2);
        assertThat(hazards.search(Principals.ADMIN, monthQuery(null, YearMonth.of(2026, 6))).items()).extracting(Hazard::id)
                .containsExactly(closedInJune);
        assertThat(hazards.search(Principals.ADMIN, monthQuery(null, YearMonth.of(2026, 5))).total()).isZero();
        assertThat(hazards.search(Principals.OFFICER_A, monthQuery(YearMonth.of(2026, 5), null)).total())
                .as("township A's May hazard only").isEqualTo(1);
    }

    @Test
    void aSystemImportKeepsTheTimesItGivesAndNobodyElseMayBackDate() {
        Hazard closed = hazards.find(Principals.ADMIN, closedInJune).orElseThrow();
        Instant june1 = LocalDate.of(2026, 6, 1).atTime(9, 0).atZone(TestDatabase.ZONE).toInstant();
        assertThat(closed.history()).extracting(HazardTransition::at).containsExactly(
                LocalDate.of(2026, 5, 20).atStartOfDay(TestDatabase.ZONE).toInstant(), june1, june1.plusSeconds(60),
                june1.plusSeconds(120), june1.plusSeconds(180));
        assertThat(closed.closedAt()).isEqualTo(june1.plusSeconds(180));

        long open = register(GRID_FIRM_A, HazardGrade.GENERAL, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 20));
        TransitionRequest assign = new TransitionRequest(HazardAction.ASSIGN, "厂长", null, null, null, null, null, null, null);
        assertBackDateRefused(Principals.OFFICER_A, open, assign.at(june1.plusSeconds(86_400 * 2)));
        assertBackDateRefused(Principals.SYSTEM, open, assign.at(TestDatabase.NOW.plusSeconds(1)));
        assertBackDateRefused(Principals.SYSTEM, open, assign.at(june1));
        assertThat(hazards.find(Principals.ADMIN, open).orElseThrow().history()).hasSize(1);
        assertThatThrownBy(() -> hazards.register(Principals.OFFICER_A, new NewHazard(GRID_FIRM_A, null,
                HazardSource.ENFORCEMENT, HazardGrade.GENERAL, "FIRE", "补录", LocalDate.of(2026, 6, 20), null, null, null,
                null, null, null, LocalDate.of(2026, 6, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("registeredOn"));
        db.execute("DELETE FROM hazard_history WHERE hazard_id = " + open);
        db.execute("DELETE FROM hazard WHERE id = " + open);
    }

    private static void assertBackDateRefused(AnjianPrincipal caller, long id, TransitionRequest r) {
        assertThatThrownBy(() -> hazards.transition(caller, id, r))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("at"));
    }

    private static HazardQuery openQuery(boolean open) {
        return new HazardQuery(null, null, null, null, null, null, open, null, null, ALL);
    }

    private static HazardQuery monthQuery(YearMonth registeredIn, YearMonth closedIn) {
        return new HazardQuery(null, null, null, null, null, null, null, registeredIn, closedIn, ALL);
    }

    private static long register(String enterprise, HazardGrade grade, LocalDate registeredOn, LocalDate deadline) {
        boolean major = grade == HazardGrade.MAJOR;
        return hazards.register(Principals.SYSTEM, new NewHazard(enterprise, null, HazardSource.ENFORCEMENT, grade,
                "FIRE", "消防设施缺失", deadline, major ? "张三" : null, major ? "增设喷淋" : null, major ? "5万元" : null,
                major ? "停产整改预案" : null, null, null, registeredOn)).id();
    }

    private static void step(long id, TransitionRequest r) {
        hazards.transition(Principals.SYSTEM, id, r);
    }

    private static Enterprise enterprise(String code, String name, String industry, String region, String grid,
                                         RiskColour colour) {
        return new Enterprise(code, name, industry, "示范路8号", region, grid, List.of(), colour, null, null, List.of(), null);
    }

    private static IndustryModule chemicalModule() {
        return new IndustryModule() {
            @Override public String id() { return "chemical"; }
            @Override public String nameZh() { return "化工"; }
            @Override public String nameEn() { return "chemical"; }
            @Override public String version() { return "1.0.0"; }
            @Override public String subcommittee() { return CHEMICAL_OFFICE; }
            @Override public List<String> industryCodes() { return List.of("26"); }
        };
    }
}
