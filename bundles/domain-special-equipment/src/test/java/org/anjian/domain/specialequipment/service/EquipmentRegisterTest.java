package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_B;
import static org.anjian.domain.specialequipment.testing.Fixture.LEADER;
import static org.anjian.domain.specialequipment.testing.Fixture.OFFICER_A;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.elevator;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EquipmentRegisterTest {
    private final Fixture f = new Fixture();

    @Test
    void registersAnElevatorWithNextDueOneYearAfterTheLastInspection() {
        EquipmentView v = f.service.register(ADMIN, elevator(code("3100", 1), "2026-03-01"));
        assertThat(v.nextDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(v.status()).isEqualTo("IN_USE");
        assertThat(v.regionCode()).isEqualTo("330999001001");
        assertThat(v.categoryName()).isEqualTo("曳引与强制驱动电梯");
        assertThat(v.inspectionStatus()).isEqualTo("OK");
        assertThat(f.db.count("se_equipment")).isEqualTo(1);
    }

    @Test
    void nextDueOfAPressureVesselFollowsItsSafetyConditionGrade() {
        EquipmentView g2 = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 1), 2, "2024-02-29"));
        EquipmentView g3 = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 2), 3, "2024-02-29"));
        EquipmentView unknown = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 3), null, "2024-02-29"));
        assertThat(g2.nextDue()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(g3.nextDue()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(unknown.nextDue()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void gradeFourIsMonitoredAndTakesTheGivenDueDateAndGradeFiveIsOutOfService() {
        EquipmentView g4 = f.service.register(ADMIN, new NewEquipment(CC_A, "2100", code("2100", 4), null, null, null,
                null, null, 4, "2026-01-10", "2026-12-31", null));
        assertThat(g4.nextDue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(g4.inspectionStatus()).isEqualTo("OK");
        EquipmentView g5 = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 5), 5, "2026-01-10"));
        assertThat(g5.status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(g5.nextDue()).isNull();
    }

    @Test
    void neverInspectedEquipmentHasNoDueDate() {
        EquipmentView v = f.service.register(ADMIN, equipment(CC_A, "5110", null, null, null));
        assertThat(v.nextDue()).isNull();
        assertThat(v.inspectionStatus()).isEqualTo("NEVER_INSPECTED");
    }

    @Test
    void writesOutboxAndAuditInTheSameTransaction() {
        EquipmentView v = f.service.register(ADMIN, elevator(code("3100", 1), "2026-03-01"));
        List<Map<String, Object>> outbox = f.db.rows("SELECT * FROM outbox");
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0)).containsEntry("record_type", "special-equipment.equipment")
                .containsEntry("record_id", v.id()).containsEntry("event_type", "EQUIPMENT_REGISTERED")
                .containsEntry("region_code", "330999001001")
                .containsEntry("idempotency_key", "special-equipment.equipment:" + v.id() + ":1");
        assertThat((String) outbox.get(0).get("payload")).contains(code("3100", 1));
        List<Map<String, Object>> audit = f.db.rows("SELECT * FROM audit_entry");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("actor", "admin").containsEntry("action", "EQUIPMENT_REGISTERED")
                .containsEntry("target_type", "special-equipment.equipment").containsEntry("target_id", v.id());
    }

    @Test
    void aWriteThatFailsInsideItsTransactionLeavesNoOutboxOrAuditRow() {
        assertThatThrownBy(() -> f.db.database().write(s -> {
            s.outbox("equipment", "x", 1, "TEST", null, Map.of("a", 1));
            s.audit("t", "TEST", "equipment", "x", null, Map.of("a", 1));
            throw new ConflictException("TEST", "x", "rolled back");
        })).isInstanceOf(ConflictException.class);
        assertThat(f.db.count("outbox")).isZero();
        assertThat(f.db.count("audit_entry")).isZero();
    }

    static Stream<Arguments> badInput() {
        String ok = code("3100", 1);
        return Stream.of(
                bad("enterpriseCreditCode", new NewEquipment(null, "3100", ok, null, null, null, null, null, null, null, null, null)),
                bad("enterpriseCreditCode", new NewEquipment("91330999000000000X", "3100", ok, null, null, null, null, null, null, null, null, null)),
                bad("categoryCode", new NewEquipment(CC_A, null, ok, null, null, null, null, null, null, null, null, null)),
                bad("categoryCode", new NewEquipment(CC_A, "3999", null, null, null, null, null, null, null, null, null, null)),
                bad("equipmentCode", new NewEquipment(CC_A, "3100", "31003301220160000", null, null, null, null, null, null, null, null, null)),
                bad("equipmentCode", new NewEquipment(CC_A, "3100", "3100330122016000AB", null, null, null, null, null, null, null, null, null)),
                bad("equipmentCode", new NewEquipment(CC_A, "3100", code("4100", 1), null, null, null, null, null, null, null, null, null)),
                bad("registrationCode", new NewEquipment(CC_A, "3100", ok, "2160310101200601010", null, null, null, null, null, null, null, null)),
                bad("registrationCode", new NewEquipment(CC_A, "3100", ok, "21603101012006130101", null, null, null, null, null, null, null, null)),
                bad("rescueCode", new NewEquipment(CC_A, "3100", ok, null, null, null, null, "123 456", null, null, null, null)),
                bad("rescueCode", new NewEquipment(CC_A, "3100", ok, null, null, null, null, "x".repeat(33), null, null, null, null)),
                bad("rescueCode", new NewEquipment(CC_A, "4100", code("4100", 1), null, null, null, null, "33099900001", null, null, null, null)),
                bad("safetyConditionGrade", new NewEquipment(CC_A, "2100", code("2100", 1), null, null, null, null, null, 0, null, null, null)),
                bad("safetyConditionGrade", new NewEquipment(CC_A, "2100", code("2100", 1), null, null, null, null, null, 6, null, null, null)),
                bad("lastInspection", new NewEquipment(CC_A, "3100", ok, null, null, null, null, null, null, "2026-13-01", null, null)),
                bad("lastInspection", new NewEquipment(CC_A, "3100", ok, null, null, null, null, null, null, "2026-06-16", null, null)),
                bad("nextDue", new NewEquipment(CC_A, "3100", ok, null, null, null, null, null, null, "2026-01-01", "2027-01-01", null)),
                bad("status", new NewEquipment(CC_A, "3100", ok, null, null, null, null, null, null, null, null, "BROKEN")),
                bad("status", new NewEquipment(CC_A, "2100", code("2100", 1), null, null, null, null, null, 5, null, null, "IN_USE")),
                bad("location", new NewEquipment(CC_A, "3100", ok, null, null, "x".repeat(201), null, null, null, null, null, null)),
                bad("body", null));
    }

    private static Arguments bad(String field, NewEquipment body) {
        return Arguments.of(field, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndWritesNothing(String field, NewEquipment body) {
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.register(ADMIN, body)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aDuplicateEquipmentCodeIsAConflictAndWritesNothing() {
        f.service.register(ADMIN, elevator(code("3100", 1), "2026-03-01"));
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.register(ADMIN, elevator(code("3100", 1), "2026-03-01")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("equipmentCode"));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void equipmentWithoutACodeMayBeRegisteredMoreThanOnce() {
        f.service.register(ADMIN, equipment(CC_A, "5110", null, null, "2026-01-01"));
        f.service.register(ADMIN, equipment(CC_A, "5110", null, null, "2026-01-01"));
        assertThat(f.db.count("se_equipment")).isEqualTo(2);
    }

    @Test
    void anEnterpriseOutsideTheCallersJurisdictionIsA400OnEnterpriseCreditCode() {
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.register(OFFICER_A, equipment(CC_B, "4100", code("4100", 1), null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("enterpriseCreditCode"));
        assertThat(f.snapshot()).isEqualTo(before);
        assertThat(f.service.register(OFFICER_A, elevator(code("3100", 1), null)).enterpriseCreditCode()).isEqualTo(CC_A);
    }

    @Test
    void aReaderMayNotWrite() {
        assertThatThrownBy(() -> f.service.register(LEADER, elevator(code("3100", 1), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.db.count("se_equipment")).isZero();
    }

    @Test
    void configuredOverridesChangeTheInterval() {
        Fixture custom = new Fixture(new SpecialEquipmentService.Settings(
                IntervalOverrides.policy(new String[] {"3000=P6M", "2100;safetyConditionGrade=3=48"}), 30, 15, 1));
        assertThat(custom.service.register(ADMIN, elevator(code("3100", 1), "2026-03-01")).nextDue())
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(custom.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 1), 3, "2026-03-01")).nextDue())
                .isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(custom.service.register(ADMIN, equipment(CC_A, "4100", code("4100", 1), null, "2026-03-01")).nextDue())
                .isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void migrationsAreAppliedOnce() {
        f.db.open();
        assertThat(f.db.rows("SELECT * FROM anjian_schema_history WHERE module = 'special-equipment'")).hasSize(1);
    }

    @Test
    void todayIsTheFixedClocksDay() {
        assertThat(f.service.today()).isEqualTo(TestCounty.TODAY).isEqualTo(LocalDate.of(2026, 6, 15));
        Function<String, String> p = SpecialEquipmentService::categoryPrefix;
        assertThat(p.apply("3000")).isEqualTo("3");
        assertThat(p.apply("2200")).isEqualTo("22");
        assertThat(p.apply("4a00")).isEqualTo("4A");
        assertThat(p.apply("21")).isEqualTo("21");
    }
}
