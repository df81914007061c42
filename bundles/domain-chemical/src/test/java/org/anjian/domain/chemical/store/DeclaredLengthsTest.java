package org.anjian.domain.chemical.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.domain.chemical.api.AssessmentRequest;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.service.ParkService;
import org.anjian.domain.chemical.service.PermitService;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.testkit.DeclaredLengths;
import org.anjian.testkit.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/** The chemical domain's request types declare no text longer than its migrated tables hold. */
class DeclaredLengthsTest {

    @Test
    void everyDeclaredLengthFitsItsColumn() throws Exception {
        ModuleTestDatabase db = ModuleTestDatabase.create("chemical", Clock.fixed(DbTestBase.NOW, ZoneOffset.UTC));
        Map<String, Integer> widths = DeclaredLengths.widths(db.dataSource());
        String none = DeclaredLengths.NOT_STORED;
        List<String> problems = new ArrayList<>();
        problems.addAll(DeclaredLengths.problems(ParkService.NewPark.class, "chemical_park",
                Map.of("members", "chemical_park_member.enterprise_credit_code"), widths));
        problems.addAll(DeclaredLengths.problems(HazardSourceService.NewSource.class, "chemical_major_hazard_source",
                Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(HazardSourceService.GuarantorInput.class, "chemical_mhs_guarantor",
                Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(AssessmentRequest.SubstanceInput.class, "chemical_mhs_substance",
                Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(PermitService.NewPermit.class, "chemical_work_permit", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(MonitoringService.NewPoint.class, "chemical_monitoring_point",
                Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(MonitoringService.ReadingInput.class, "chemical_monitoring_point",
                Map.of("pointId", none), widths));
        problems.addAll(DeclaredLengths.problems(MonitoringService.Handling.class, "chemical_alarm", Map.of(), widths));
        assertThat(problems).isEmpty();
    }
}
