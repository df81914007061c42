package org.anjian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;
import org.junit.jupiter.api.Test;

class DemoRowsMappingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Map<String, String> hazardRow() {
        Map<String, String> r = new HashMap<>();
        r.put("enterpriseCreditCode", "91330999MA4YPG4G19");
        r.put("source", "UNANNOUNCED_VISIT");
        r.put("grade", "MAJOR");
        r.put("category", "FIRE");
        r.put("description", "安全出口被占用");
        r.put("registeredDaysAgo", "30");
        r.put("deadlineOffsetDays", "-5");
        r.put("targetStatus", "RECTIFYING");
        r.put("responsible", " 施国强（法定代表人） ");
        r.put("measures", "清理安全出口");
        r.put("funds", "14万元");
        r.put("contingencyPlan", "《火灾事故应急疏散预案》");
        return r;
    }

    @Test
    void hazardRowBecomesANewHazard() {
        NewHazard h = DemoRows.hazard(7, hazardRow(), TODAY);

        assertThat(h).isEqualTo(new NewHazard("91330999MA4YPG4G19", null, HazardSource.UNANNOUNCED_VISIT,
                HazardGrade.MAJOR, "FIRE", "安全出口被占用", LocalDate.of(2026, 2, 24), "施国强（法定代表人）",
                "清理安全出口", "14万元", "《火灾事故应急疏散预案》", "demo", "hazard-7", LocalDate.of(2026, 1, 30)));
    }

    @Test
    void hazardDatesAreRelativeToToday() {
        Map<String, String> r = hazardRow();
        r.put("registeredDaysAgo", "0");
        r.put("deadlineOffsetDays", "45");

        NewHazard h = DemoRows.hazard(1, r, LocalDate.of(2024, 2, 1));

        assertThat(h.registeredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(h.deadline()).isEqualTo(LocalDate.of(2024, 3, 17)); // across a leap February
    }

    @Test
    void hazardSourceIdFollowsTheRowNumber() {
        assertThat(DemoRows.hazard(1, hazardRow(), TODAY).sourceId()).isEqualTo("hazard-1");
        assertThat(DemoRows.hazard(420, hazardRow(), TODAY).sourceId()).isEqualTo("hazard-420");
        assertThat(DemoRows.hazard(420, hazardRow(), TODAY).sourceSystem()).isEqualTo(DemoRows.SOURCE_SYSTEM).isEqualTo("demo");
    }

    @Test
    void blankPlanItemsBecomeNull() {
        Map<String, String> r = hazardRow();
        r.put("grade", "GENERAL");
        r.put("responsible", "");
        r.put("measures", "  ");
        r.put("funds", "");
        r.put("contingencyPlan", "");

        NewHazard h = DemoRows.hazard(2, r, TODAY);

        assertThat(h.responsible()).isNull();
        assertThat(h.measures()).isNull();
        assertThat(h.funds()).isNull();
        assertThat(h.contingencyPlan()).isNull();
        assertThat(h.grade()).isEqualTo(HazardGrade.GENERAL);
    }

    @Test
    void unknownEnumInAHazardRowFails() {
        Map<String, String> r = hazardRow();
        r.put("source", "RUMOUR");

        assertThatThrownBy(() -> DemoRows.hazard(1, r, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enterpriseRowBecomesAnEnterprise() {
        Map<String, String> r = new HashMap<>();
        r.put("creditCode", "91330999088611470E");
        r.put("name", "示范县福泰化工有限公司");
        r.put("industryCode", "2619");
        r.put("address", "浙江省示范县白沙镇白沙路163号");
        r.put("regionCode", "330999104003");
        r.put("gridCode", "330999104003002");
        r.put("supervisingDepartments", "应急管理局| 消防救援大队");
        r.put("riskColour", "RED");
        r.put("assessment", "FAIR");
        r.put("standardizationGrade", "LEVEL3");
        r.put("guarantors", "陈海峰/白沙镇副镇长/15961022923|程俊杰/南岙村党支部书记/13139355147");

        Enterprise e = DemoRows.enterprise(r);

        assertThat(e).isEqualTo(new Enterprise("91330999088611470E", "示范县福泰化工有限公司", "2619",
                "浙江省示范县白沙镇白沙路163号", "330999104003", "330999104003002", List.of("应急管理局", "消防救援大队"),
                RiskColour.RED, Assessment.FAIR, StandardizationGrade.LEVEL3,
                List.of(new Guarantor("陈海峰", "白沙镇副镇长", "15961022923"),
                        new Guarantor("程俊杰", "南岙村党支部书记", "13139355147")),
                null));
    }

    @Test
    void enterpriseWithoutGridDepartmentsOrGuarantorDetails() {
        Map<String, String> r = new HashMap<>();
        r.put("creditCode", "91330999088611470E");
        r.put("name", "n");
        r.put("industryCode", "C");
        r.put("address", "a");
        r.put("regionCode", "330999104000");
        r.put("gridCode", " ");
        r.put("supervisingDepartments", "");
        r.put("riskColour", "BLUE");
        r.put("assessment", "GOOD");
        r.put("standardizationGrade", "NONE");
        r.put("guarantors", "张三");

        Enterprise e = DemoRows.enterprise(r);

        assertThat(e.gridCode()).isNull();
        assertThat(e.supervisingDepartments()).isEmpty();
        assertThat(e.guarantors()).containsExactly(new Guarantor("张三", null, null));
        assertThat(e.version()).isNull();
    }

    @Test
    void regionRows() {
        Map<String, String> county = Map.of("code", "330999000000", "name", "示范县", "level", "COUNTY", "parentCode", "");
        Map<String, String> grid = Map.of("code", "330999001001001", "name", "文昌社区第1网格", "level", "GRID",
                "parentCode", "330999001001");

        assertThat(DemoRows.region(county)).isEqualTo(new Region("330999000000", "示范县", RegionLevel.COUNTY, null));
        assertThat(DemoRows.region(grid))
                .isEqualTo(new Region("330999001001001", "文昌社区第1网格", RegionLevel.GRID, "330999001001"));
    }

    @Test
    void csvReadsHeaderKeyedUtf8RowsWithQuoting() throws IOException {
        String csv = "code,name,level,parentCode\r\n"
                + "330999000000,示范县,COUNTY,\r\n"
                + "330999001000,\"城关街道, \"\"老城\"\"\",TOWNSHIP,330999000000\r\n";

        List<Map<String, String>> rows = DemoCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("name", "示范县").containsEntry("parentCode", "");
        assertThat(rows.get(1)).containsEntry("name", "城关街道, \"老城\"").containsEntry("level", "TOWNSHIP");
    }

    @Test
    void csvHelpers() {
        assertThat(DemoCsv.blankToNull(null)).isNull();
        assertThat(DemoCsv.blankToNull(" \t")).isNull();
        assertThat(DemoCsv.blankToNull(" x ")).isEqualTo("x");
        assertThat(DemoCsv.split(null)).isEmpty();
        assertThat(DemoCsv.split(" ")).isEmpty();
        assertThat(DemoCsv.split("a | b|c")).containsExactly("a", "b", "c");
    }
}
