package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.LEADER;
import static org.anjian.domain.specialequipment.testing.Fixture.OFFICER_A;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InspectionTest {
    private final Fixture f = new Fixture();
    private final String id = f.service.register(ADMIN, equipment(CC_A, "2100", code("2100", 1), 2, "2020-03-01")).id();

    @Test
    void aPassRecomputesNextDueFromTheInspectionAndTheReportedGrade() {
        InspectionResult r = f.service.recordInspection(OFFICER_A, id,
                new NewInspection("2026-06-01", "PASS", "县特检所", "JY2026-001", 3));
        assertThat(r.equipment().lastInspection()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(r.equipment().safetyConditionGrade()).isEqualTo(3);
        assertThat(r.equipment().nextDue()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(r.equipment().status()).isEqualTo("IN_USE");
        assertThat(r.equipment().version()).isEqualTo(2);
        EquipmentDetail d = f.service.get(ADMIN, id);
        assertThat(d.inspections()).hasSize(1);
        assertThat(d.inspections().get(0).reportNo()).isEqualTo("JY2026-001");
        assertThat(d.inspections().get(0).createdBy()).isEqualTo("officer-a");
        assertThat(f.db.rows("SELECT event_type FROM outbox ORDER BY id")).extracting(m -> m.get("event_type"))
                .containsExactly("EQUIPMENT_REGISTERED", "INSPECTION_RECORDED", "EQUIPMENT_INSPECTED");
        assertThat(f.db.count("audit_entry")).isEqualTo(2);
    }

    @Test
    void aFailTakesTheEquipmentOutOfServiceAndALaterPassBringsItBack() {
        InspectionResult fail = f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-01", "FAIL", null, null, null));
        assertThat(fail.equipment().status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(fail.equipment().inspectionStatus()).isEqualTo("OUT_OF_SERVICE");
        InspectionResult pass = f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-10", "pass", null, null, null));
        assertThat(pass.equipment().status()).isEqualTo("IN_USE");
        assertThat(pass.equipment().nextDue()).isEqualTo(LocalDate.of(2032, 6, 10));
    }

    @Test
    void gradeFiveTakesItOutOfServiceEvenOnAPass() {
        InspectionResult r = f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-01", "PASS", null, null, 5));
        assertThat(r.equipment().status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(r.equipment().nextDue()).isNull();
    }

    @Test
    void todayIsAllowed() {
        assertThat(f.service.recordInspection(ADMIN, id, new NewInspection("2026-06-15", "PASS", null, null, null))
                .equipment().nextDue()).isEqualTo(LocalDate.of(2032, 6, 15));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("inspectedOn", new NewInspection(null, "PASS", null, null, null)),
                Arguments.of("inspectedOn", new NewInspection("15.06.2026", "PASS", null, null, null)),
                Arguments.of("inspectedOn", new NewInspection("2026-06-16", "PASS", null, null, null)),
                Arguments.of("inspectedOn", new NewInspection("2020-02-29", "PASS", null, null, null)),
                Arguments.of("result", new NewInspection("2026-06-01", null, null, null, null)),
                Arguments.of("result", new NewInspection("2026-06-01", "OK", null, null, null)),
                Arguments.of("safetyConditionGrade", new NewInspection("2026-06-01", "PASS", null, null, 7)),
                Arguments.of("reportNo", new NewInspection("2026-06-01", "PASS", null, "x".repeat(65), null)),
                Arguments.of("inspector", new NewInspection("2026-06-01", "PASS", "x".repeat(201), null, null)),
                Arguments.of("body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndWritesNothing(String field, NewInspection body) {
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.recordInspection(ADMIN, id, body))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void unknownOrInvisibleEquipmentIsNotFoundAndReadersAreForbidden() {
        Fixture.equipment(CC_A, "2100", null, null, null);
        String b = f.service.register(ADMIN, equipment(Fixture.CC_B, "4100", code("4100", 1), null, null)).id();
        NewInspection ok = new NewInspection("2026-06-01", "PASS", null, null, null);
        assertThatThrownBy(() -> f.service.recordInspection(OFFICER_A, b, ok)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.service.recordInspection(ADMIN, "missing", ok)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.service.recordInspection(LEADER, id, ok)).isInstanceOf(ForbiddenException.class);
        assertThat(f.db.count("se_inspection")).isZero();
    }
}
