package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.testkit.FakeHazards;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Today is 2026-06-15. */
class OverdueJobTest {
    private final Fixture f = new Fixture();
    private final OverdueJob job = OverdueJob.of(f.service, 30);
    /** An elevator due 2026-06-14. */
    private final String id = f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 1), null, "2025-06-14")).id();

    @Test
    void nothingIsRegisteredOnTheDueDateItself() {
        assertThat(job.runOnce(LocalDate.of(2026, 6, 14))).isZero();
        assertThat(f.hazards.registrations).isEmpty();
    }

    @Test
    void registersOneHazardOnceForAMissedDueDate() {
        assertThat(job.runOnce(LocalDate.of(2026, 6, 15))).isEqualTo(1);
        assertThat(job.runOnce(LocalDate.of(2026, 6, 15))).isZero();
        assertThat(job.runOnce(LocalDate.of(2026, 6, 20))).isZero();
        assertThat(f.hazards.registrations).hasSize(1);
        FakeHazards.Registration r = f.hazards.registrations.get(0);
        assertThat(r.caller().userId()).isEqualTo("special-equipment");
        NewHazard n = r.hazard();
        assertThat(n.enterpriseCreditCode()).isEqualTo(CC_A);
        assertThat(n.regionCode()).isNull();
        assertThat(n.source()).isEqualTo(HazardSource.ENFORCEMENT);
        assertThat(n.grade()).isEqualTo(HazardGrade.GENERAL);
        assertThat(n.category()).isEqualTo("SPECIAL_EQUIPMENT_INSPECTION_OVERDUE");
        assertThat(n.description()).isEqualTo("曳引与强制驱动电梯 " + code("3100", 1) + " 超期未检验 (应于 2026-06-14 前检验)");
        assertThat(n.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(n.sourceSystem()).isEqualTo("special-equipment");
        assertThat(n.sourceId()).isEqualTo("overdue-" + id + "-2026-06-14");
        assertThat(n.registeredOn()).isNull();
        List<Map<String, Object>> rows = f.db.rows("SELECT * FROM se_overdue_hazard");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("equipment_id", id).containsEntry("hazard_id", 100L)
                .containsEntry("closed", false);
        assertThat(f.db.rows("SELECT * FROM audit_entry WHERE action = 'OVERDUE_HAZARD_REGISTERED'")).hasSize(1);
    }

    @Test
    void outOfServiceEquipmentIsNotOverdue() {
        f.service.register(ADMIN, new NewEquipment(CC_A, "3100", code("3100", 2), null, null, null, null, null, null,
                "2024-01-01", null, "OUT_OF_SERVICE"));
        assertThat(job.runOnce(LocalDate.of(2026, 6, 15))).isEqualTo(1);
    }

    @Test
    void aNewInspectionClosesTheHazardThroughEveryStepAndTheNextMissedDateGetsANewOne() {
        job.runOnce(LocalDate.of(2026, 6, 15));
        InspectionResult r = f.service.recordInspection(ADMIN, id,
                new NewInspection("2026-06-15", "PASS", "县特检所", "JY2026-007", null));
        assertThat(r.closedHazards()).containsExactly(100L);
        assertThat(f.hazards.transitions).extracting(s -> s.request().action())
                .containsExactly(HazardAction.ASSIGN, HazardAction.START, HazardAction.SUBMIT, HazardAction.ACCEPT);
        assertThat(f.hazards.transitions).allMatch(s -> s.caller().userId().equals("special-equipment") && s.id() == 100L);
        assertThat(f.hazards.transitions.get(0).request().assignee()).isEqualTo("示范县金诚阀门有限公司");
        assertThat(f.hazards.transitions.get(2).request().evidence()).isEqualTo("定期检验报告 JY2026-007 (2026-06-15)");
        assertThat(f.hazards.find(null, 100L).orElseThrow().status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(f.db.rows("SELECT closed FROM se_overdue_hazard")).extracting(m -> m.get("closed")).containsExactly(true);

        // the next due date (2027-06-15) is missed as well: a second hazard, once
        assertThat(job.runOnce(LocalDate.of(2027, 6, 16))).isEqualTo(1);
        assertThat(job.runOnce(LocalDate.of(2027, 6, 17))).isZero();
        assertThat(f.hazards.registrations).extracting(x -> x.hazard().sourceId())
                .containsExactly("overdue-" + id + "-2026-06-14", "overdue-" + id + "-2027-06-15");
        assertThat(f.service.get(ADMIN, id).overdueHazards()).hasSize(2);
    }

    @Test
    void onlyTheStepsStillNeededAreApplied() {
        job.runOnce(LocalDate.of(2026, 6, 15));
        f.hazards.force(100L, HazardStatus.RECTIFYING);
        f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-15", "PASS", null, null, null));
        assertThat(f.hazards.transitions).extracting(s -> s.request().action())
                .containsExactly(HazardAction.SUBMIT, HazardAction.ACCEPT);
        assertThat(f.hazards.transitions.get(0).request().evidence()).isEqualTo("定期检验报告 (无编号) (2026-06-15)");
    }

    @Test
    void aHazardAlreadyClosedByHandIsOnlyMarkedClosed() {
        job.runOnce(LocalDate.of(2026, 6, 15));
        f.hazards.force(100L, HazardStatus.CLOSED);
        assertThat(f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-15", "FAIL", null, null, null))
                .closedHazards()).containsExactly(100L);
        assertThat(f.hazards.transitions).isEmpty();
    }

    @Test
    void whenClosingFailsTheJobRetriesLater() {
        job.runOnce(LocalDate.of(2026, 6, 15));
        f.hazards.failTransitions = true;
        InspectionResult r = f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-15", "PASS", null, "R1", null));
        assertThat(r.closedHazards()).isEmpty();
        assertThat(r.inspection().reportNo()).isEqualTo("R1");
        assertThat(f.db.rows("SELECT closed FROM se_overdue_hazard")).extracting(m -> m.get("closed")).containsExactly(false);
        f.hazards.failTransitions = false;
        assertThat(job.runOnce(LocalDate.of(2026, 6, 16))).isZero();
        assertThat(f.db.rows("SELECT closed FROM se_overdue_hazard")).extracting(m -> m.get("closed")).containsExactly(true);
        assertThat(f.hazards.find(null, 100L).orElseThrow().status()).isEqualTo(HazardStatus.CLOSED);
    }

    @Test
    void aRowLostAfterRegistrationIsRecreatedWithoutASecondHazard() {
        job.runOnce(LocalDate.of(2026, 6, 15));
        f.db.execute("DELETE FROM se_overdue_hazard");
        assertThat(job.runOnce(LocalDate.of(2026, 6, 15))).isEqualTo(1);
        assertThat(f.hazards.registrations).extracting(FakeHazards.Registration::id).containsExactly(100L, 100L);
    }
}
