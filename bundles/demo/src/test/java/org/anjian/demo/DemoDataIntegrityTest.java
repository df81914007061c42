package org.anjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStateMachine;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.MajorHazardPlan;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionCode;
import org.anjian.api.region.RegionLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo county, read the way the loader reads it. Each check collects every problem (row
 * numbers are 1-based data rows, header excluded); the nested class proves each check catches a
 * broken row.
 */
class DemoDataIntegrityTest {
    /** Any fixed day will do: all dates in the CSVs are relative to the day of loading. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    /** Mirrors the core's EnterpriseValidator, so a bad row fails here instead of in a demo load. */
    private static final Pattern INDUSTRY = Pattern.compile("[A-T]|\\d{2,4}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,32}");
    /** The platform's own hazard categories (core HazardCategories.PLATFORM). */
    private static final Set<String> CATEGORIES = Set.of("MANAGEMENT_SYSTEM", "TRAINING", "EMERGENCY", "FIRE",
            "ELECTRICAL", "CONFINED_SPACE", "DUST_EXPLOSION", "EQUIPMENT", "SITE", "OTHER");

    private static List<Map<String, String>> regionRows;
    private static List<Map<String, String>> enterpriseRows;
    private static List<Map<String, String>> hazardRows;

    @BeforeAll
    static void read() throws IOException {
        regionRows = csv("regions.csv");
        enterpriseRows = csv("enterprises.csv");
        hazardRows = csv("hazards.csv");
    }

    private static List<Map<String, String>> csv(String name) throws IOException {
        try (InputStream in = DemoDataIntegrityTest.class.getResourceAsStream("/demo/" + name)) {
            assertThat(in).as("/demo/%s on the classpath", name).isNotNull();
            return DemoCsv.read(in);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------- the checks

    static List<String> regionProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int counties = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = "regions row " + (i + 1) + " " + row.get("code") + ": ";
            Region r;
            try {
                r = DemoRows.region(row);
            } catch (RuntimeException e) {
                problems.add(where + e);
                continue;
            }
            if (blank(r.name())) {
                problems.add(where + "no name");
            }
            if (!seen.add(r.code())) {
                problems.add(where + "duplicate code");
            }
            if (!RegionCode.isValid(r.code())) {
                problems.add(where + "invalid code: " + RegionCode.problem(r.code()).orElseThrow());
                continue;
            }
            if (RegionCode.level(r.code()) != r.level()) {
                problems.add(where + "level " + r.level() + " but the code is a " + RegionCode.level(r.code()));
            }
            if (RegionCode.level(r.code()) == RegionLevel.COUNTY) {
                counties++;
                if (r.parentCode() != null) {
                    problems.add(where + "a county has no parent, got " + r.parentCode());
                }
                continue;
            }
            String expectedParent = RegionCode.parent(r.code()).orElseThrow();
            if (!expectedParent.equals(r.parentCode())) {
                problems.add(where + "parent " + r.parentCode() + ", expected " + expectedParent);
            } else if (!seen.contains(r.parentCode())) {
                problems.add(where + "parent " + r.parentCode() + " does not come earlier in the file");
            }
        }
        if (counties != 1) {
            problems.add("regions: " + counties + " counties, expected exactly 1");
        }
        return problems;
    }

    static List<String> creditCodeProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).get("creditCode");
            String where = "enterprises row " + (i + 1) + " " + code + ": ";
            CreditCode.problem(code).ifPresent(p -> problems.add(where + p));
            if (!seen.add(code)) {
                problems.add(where + "duplicate credit code");
            }
        }
        return problems;
    }

    static List<String> enterpriseLocationProblems(List<Map<String, String>> regionRows,
                                                   List<Map<String, String>> rows) {
        Map<String, Region> regions = new LinkedHashMap<>();
        regionRows.stream().map(DemoRows::region).forEach(r -> regions.putIfAbsent(r.code(), r));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = "enterprises row " + (i + 1) + " " + row.get("creditCode") + ": ";
            Enterprise e;
            try {
                e = DemoRows.enterprise(row);
            } catch (RuntimeException ex) {
                problems.add(where + ex);
                continue;
            }
            Region region = regions.get(e.regionCode());
            if (region == null) {
                problems.add(where + "unknown region " + e.regionCode());
                continue;
            }
            if (region.level() != RegionLevel.TOWNSHIP && region.level() != RegionLevel.VILLAGE) {
                problems.add(where + "region " + e.regionCode() + " is a " + region.level()
                        + "; enterprises belong to a township or village");
            }
            if (e.gridCode() == null) {
                continue;
            }
            Region grid = regions.get(e.gridCode());
            if (grid == null) {
                problems.add(where + "unknown grid " + e.gridCode());
            } else if (grid.level() != RegionLevel.GRID) {
                problems.add(where + e.gridCode() + " is a " + grid.level() + ", not a grid");
            } else if (!e.gridCode().startsWith(RegionCode.prefix(e.regionCode()))) {
                problems.add(where + "grid " + e.gridCode() + " lies outside region " + e.regionCode());
            }
        }
        return problems;
    }

    static List<String> enterpriseFieldProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = "enterprises row " + (i + 1) + " " + row.get("creditCode") + ": ";
            Enterprise e;
            try {
                e = DemoRows.enterprise(row);
            } catch (RuntimeException ex) {
                problems.add(where + ex);
                continue;
            }
            if (blank(e.name()) || e.name().length() > 200) {
                problems.add(where + "name blank or over 200 characters");
            }
            if (blank(e.address()) || e.address().length() > 300) {
                problems.add(where + "address blank or over 300 characters");
            }
            if (e.industryCode() == null || !INDUSTRY.matcher(e.industryCode()).matches()) {
                problems.add(where + "industry code " + e.industryCode() + " is not GB/T 4754");
            }
            if (e.supervisingDepartments().stream().anyMatch(d -> blank(d) || d.length() > 100)) {
                problems.add(where + "blank or over-long supervising department " + e.supervisingDepartments());
            }
            for (Guarantor g : e.guarantors()) {
                if (blank(g.name()) || g.name().length() > 50) {
                    problems.add(where + "guarantor without a name (or over 50 characters): " + g);
                }
                if (g.position() != null && g.position().length() > 100) {
                    problems.add(where + "guarantor position over 100 characters: " + g);
                }
                if (g.phone() != null && !g.phone().isEmpty() && !PHONE.matcher(g.phone()).matches()) {
                    problems.add(where + "guarantor phone is not a phone number: " + g);
                }
            }
        }
        return problems;
    }

    static List<String> hazardEnterpriseProblems(List<Map<String, String>> enterpriseRows,
                                                 List<Map<String, String>> rows) {
        Map<String, Enterprise> enterprises = new HashMap<>();
        enterpriseRows.stream().map(DemoRows::enterprise).forEach(e -> enterprises.putIfAbsent(e.creditCode(), e));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).get("enterpriseCreditCode");
            if (!enterprises.containsKey(code)) {
                problems.add("hazards row " + (i + 1) + ": unknown enterprise " + code);
            }
        }
        return problems;
    }

    static List<String> hazardRecordProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = "hazards row " + (i + 1) + ": ";
            NewHazard h;
            try {
                h = DemoRows.hazard(i + 1, rows.get(i), TODAY);
            } catch (RuntimeException e) {
                problems.add(where + e);
                continue;
            }
            if (h.registeredOn().isAfter(TODAY)) {
                problems.add(where + "registered in the future (" + h.registeredOn() + ")");
            }
            if (!h.deadline().isAfter(h.registeredOn())) {
                problems.add(where + "deadline " + h.deadline() + " is not after registration " + h.registeredOn());
            }
            if (h.deadline().isAfter(h.registeredOn().plusYears(3))) {
                problems.add(where + "deadline more than three years after registration");
            }
            if (!CATEGORIES.contains(h.category())) {
                problems.add(where + "unknown category " + h.category());
            }
            if (blank(h.description()) || h.description().length() > 2000) {
                problems.add(where + "description blank or over 2000 characters");
            }
        }
        return problems;
    }

    static List<String> majorPlanProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NewHazard h = DemoRows.hazard(i + 1, rows.get(i), TODAY);
            if (h.grade() != HazardGrade.MAJOR) {
                continue;
            }
            List<String> missing = new MajorHazardPlan(h.responsible(), h.measures(), h.funds(), h.contingencyPlan())
                    .missingItems();
            if (!missing.isEmpty()) {
                problems.add("hazards row " + (i + 1) + ": MAJOR without " + missing);
            }
        }
        return problems;
    }

    static List<String> stepProblems(List<Map<String, String>> rows) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String where = "hazards row " + (i + 1) + ": ";
            HazardStatus status = HazardStatus.REGISTERED;
            HazardStatus target;
            try {
                target = HazardStatus.valueOf(row.get("targetStatus"));
                for (TransitionRequest step : DemoRows.steps(row)) {
                    status = HazardStateMachine.next(status, step.action());
                    switch (step.action()) {
                        case ASSIGN -> {
                            if (blank(step.assignee())) {
                                problems.add(where + "ASSIGN without an assignee");
                            }
                        }
                        case SUBMIT -> {
                            if (blank(step.evidence())) {
                                problems.add(where + "SUBMIT without evidence");
                            }
                        }
                        case REJECT -> {
                            if (blank(step.reason())) {
                                problems.add(where + "REJECT without a reason");
                            }
                        }
                        default -> {
                        }
                    }
                }
            } catch (RuntimeException e) {
                problems.add(where + e);
                continue;
            }
            if (status != target) {
                problems.add(where + "steps end in " + status + ", target " + target);
            }
            // a rejection needs a submission to reject; on earlier targets the reason would be silently dropped
            if (!blank(row.get("rejectReason"))
                    && (target == HazardStatus.REGISTERED || target == HazardStatus.ASSIGNED)) {
                problems.add(where + "reject reason on a " + target + " hazard is never used");
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- the shipped data

    @Test
    void theCountyIsBigEnough() {
        long townships = regionRows.stream().filter(r -> "TOWNSHIP".equals(r.get("level"))).count();
        assertThat(townships).as("townships").isGreaterThanOrEqualTo(8);
        assertThat(enterpriseRows).as("enterprises").hasSizeGreaterThanOrEqualTo(300);
        assertThat(hazardRows).as("hazards").isNotEmpty();
    }

    @Test
    void headersAreTheOnesTheLoaderReads() {
        assertThat(regionRows.get(0).keySet()).containsExactlyInAnyOrder("code", "name", "level", "parentCode");
        assertThat(enterpriseRows.get(0).keySet()).containsExactlyInAnyOrder("creditCode", "name", "industryCode",
                "address", "regionCode", "gridCode", "supervisingDepartments", "riskColour", "assessment",
                "standardizationGrade", "guarantors");
        assertThat(hazardRows.get(0).keySet()).containsExactlyInAnyOrder("enterpriseCreditCode", "source", "grade",
                "category", "description", "registeredDaysAgo", "deadlineOffsetDays", "targetStatus", "assignee",
                "evidence", "rejectReason", "responsible", "measures", "funds", "contingencyPlan");
    }

    @Test
    void regionCodesAreValidUniqueAtTheirLevelAndUnderAnEarlierParent() {
        assertThat(regionProblems(regionRows)).isEmpty();
    }

    @Test
    void creditCodesAreValidAndUnique() {
        assertThat(creditCodeProblems(enterpriseRows)).isEmpty();
    }

    @Test
    void enterprisesSitInKnownRegionsAndGridsInsideThem() {
        assertThat(enterpriseLocationProblems(regionRows, enterpriseRows)).isEmpty();
    }

    @Test
    void enterpriseFieldsPassThePlatformsValidation() {
        assertThat(enterpriseFieldProblems(enterpriseRows)).isEmpty();
    }

    @Test
    void hazardsBelongToKnownEnterprises() {
        assertThat(hazardEnterpriseProblems(enterpriseRows, hazardRows)).isEmpty();
    }

    @Test
    void hazardsAreRegisterableWithTheDeadlineAfterRegistration() {
        assertThat(hazardRecordProblems(hazardRows)).isEmpty();
    }

    @Test
    void everyMajorHazardHasItsPlan() {
        assertThat(hazardRows.stream().filter(r -> "MAJOR".equals(r.get("grade")))).as("major hazards").isNotEmpty();
        assertThat(majorPlanProblems(hazardRows)).isEmpty();
    }

    @Test
    void everyHazardsStepsReachItsTargetWithWhatEachStepNeeds() {
        assertThat(stepProblems(hazardRows)).isEmpty();
    }

    @Test
    void everyTargetStatusAndEverySourceIsShown() {
        Set<HazardStatus> statuses = EnumSet.noneOf(HazardStatus.class);
        Set<HazardSource> sources = EnumSet.noneOf(HazardSource.class);
        Set<HazardGrade> grades = EnumSet.noneOf(HazardGrade.class);
        for (Map<String, String> row : hazardRows) {
            statuses.add(HazardStatus.valueOf(row.get("targetStatus")));
            sources.add(HazardSource.valueOf(row.get("source")));
            grades.add(HazardGrade.valueOf(row.get("grade")));
        }
        assertThat(statuses).containsExactlyInAnyOrder(HazardStatus.values());
        assertThat(sources).containsExactlyInAnyOrder(HazardSource.values());
        assertThat(grades).containsExactlyInAnyOrder(HazardGrade.values());
    }

    // ---------------------------------------------------------------- the checks catch broken rows

    /** Each check, run on a copy of the shipped data with one row broken, reports that row. */
    @Nested
    class ChecksCatchBrokenRows {

        private List<Map<String, String>> copy(List<Map<String, String>> rows, int index,
                                               Consumer<Map<String, String>> breakIt) {
            List<Map<String, String>> copy = new ArrayList<>();
            for (Map<String, String> r : rows) {
                copy.add(new HashMap<>(r));
            }
            breakIt.accept(copy.get(index));
            return copy;
        }

        private List<Map<String, String>> appended(List<Map<String, String>> rows, Map<String, String> extra) {
            List<Map<String, String>> copy = new ArrayList<>(rows);
            copy.add(extra);
            return copy;
        }

        private int firstHazard(String column, String value) {
            for (int i = 0; i < hazardRows.size(); i++) {
                if (value.equals(hazardRows.get(i).get(column))) {
                    return i;
                }
            }
            throw new AssertionError("no hazard with " + column + "=" + value);
        }

        private int firstEnterpriseWithGrid() {
            for (int i = 0; i < enterpriseRows.size(); i++) {
                if (!blank(enterpriseRows.get(i).get("gridCode"))) {
                    return i;
                }
            }
            throw new AssertionError("no enterprise with a grid");
        }

        @Test
        void aWrongCheckCharacter() {
            var broken = copy(enterpriseRows, 3, r -> {
                String c = r.get("creditCode");
                r.put("creditCode", c.substring(0, 17) + (c.charAt(17) == '0' ? '1' : '0'));
            });
            assertThat(creditCodeProblems(broken)).singleElement().asString().contains("row 4", "check character");
        }

        @Test
        void aDuplicateCreditCode() {
            var broken = copy(enterpriseRows, 5, r -> r.put("creditCode", enterpriseRows.get(0).get("creditCode")));
            assertThat(creditCodeProblems(broken)).singleElement().asString().contains("row 6", "duplicate");
        }

        @Test
        void aRegionWhoseParentComesLater() {
            List<Map<String, String>> reordered = new ArrayList<>(regionRows);
            Map<String, String> township = reordered.remove(1);
            reordered.add(township);
            assertThat(regionProblems(reordered)).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).contains("does not come earlier"));
        }

        @Test
        void aRegionWithTheWrongLevelOrParentOrCode() {
            assertThat(regionProblems(copy(regionRows, 2, r -> r.put("level", "TOWNSHIP"))))
                    .anySatisfy(p -> assertThat(p).contains("row 3", "level TOWNSHIP"));
            assertThat(regionProblems(copy(regionRows, 2, r -> r.put("parentCode", "330999000000"))))
                    .anySatisfy(p -> assertThat(p).contains("row 3", "expected"));
            assertThat(regionProblems(copy(regionRows, 2, r -> r.put("code", "330999001A01"))))
                    .anySatisfy(p -> assertThat(p).contains("row 3", "invalid code"));
            assertThat(regionProblems(appended(regionRows, regionRows.get(0))))
                    .anySatisfy(p -> assertThat(p).contains("duplicate"));
        }

        @Test
        void anEnterpriseInAnUnknownRegionOrAForeignGrid() {
            int i = firstEnterpriseWithGrid();
            assertThat(enterpriseLocationProblems(regionRows, copy(enterpriseRows, i,
                    r -> r.put("regionCode", "330999599000"))))
                    .singleElement().asString().contains("unknown region");
            assertThat(enterpriseLocationProblems(regionRows, copy(enterpriseRows, i,
                    r -> r.put("gridCode", r.get("gridCode").substring(0, 12) + "999"))))
                    .singleElement().asString().contains("unknown grid");
            String foreignGrid = regionRows.stream().map(r -> r.get("code"))
                    .filter(c -> c.length() == 15 && !c.startsWith(enterpriseRows.get(i).get("regionCode")))
                    .findFirst().orElseThrow();
            assertThat(enterpriseLocationProblems(regionRows, copy(enterpriseRows, i,
                    r -> r.put("gridCode", foreignGrid))))
                    .singleElement().asString().contains("lies outside region");
        }

        @Test
        void anEnterpriseWithBadFields() {
            assertThat(enterpriseFieldProblems(copy(enterpriseRows, 0, r -> r.put("industryCode", "26190"))))
                    .singleElement().asString().contains("industry code");
            assertThat(enterpriseFieldProblems(copy(enterpriseRows, 0, r -> r.put("guarantors", "/科长/138"))))
                    .singleElement().asString().contains("without a name");
            assertThat(enterpriseFieldProblems(copy(enterpriseRows, 0, r -> r.put("riskColour", "PURPLE"))))
                    .singleElement().asString().contains("PURPLE");
        }

        @Test
        void aHazardOfAnUnknownEnterprise() {
            var broken = copy(hazardRows, 10, r -> r.put("enterpriseCreditCode",
                    CreditCode.withCheckCharacter("91330999MA0000000")));
            assertThat(hazardEnterpriseProblems(enterpriseRows, broken)).singleElement().asString().contains("row 11");
        }

        @Test
        void aHazardDueOnOrBeforeItsRegistration() {
            var sameDay = copy(hazardRows, 0, r -> r.put("deadlineOffsetDays", "-" + r.get("registeredDaysAgo")));
            assertThat(hazardRecordProblems(sameDay)).singleElement().asString().contains("row 1", "not after");
            var unknownCategory = copy(hazardRows, 0, r -> r.put("category", "NOISE"));
            assertThat(hazardRecordProblems(unknownCategory)).singleElement().asString().contains("NOISE");
        }

        @Test
        void aMajorHazardWithoutFunds() {
            int i = firstHazard("grade", "MAJOR");
            assertThat(majorPlanProblems(copy(hazardRows, i, r -> r.put("funds", " "))))
                    .singleElement().asString().contains("[funds]");
        }

        @Test
        void aClosedHazardWithoutEvidenceOrAnAssignedOneWithARejection() {
            int closed = firstHazard("targetStatus", "CLOSED");
            assertThat(stepProblems(copy(hazardRows, closed, r -> r.put("evidence", ""))))
                    .singleElement().asString().contains("SUBMIT without evidence");
            int assigned = firstHazard("targetStatus", "ASSIGNED");
            assertThat(stepProblems(copy(hazardRows, assigned, r -> r.put("rejectReason", "材料不全"))))
                    .singleElement().asString().contains("never used");
            assertThat(stepProblems(copy(hazardRows, assigned, r -> r.put("assignee", ""))))
                    .singleElement().asString().contains("ASSIGN without an assignee");
        }
    }
}
