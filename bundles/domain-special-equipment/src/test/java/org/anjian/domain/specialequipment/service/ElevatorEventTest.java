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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ElevatorEventTest {
    static final String AT = "2026-06-15T09:00:00+08:00";
    static final Instant AT_INSTANT = Instant.parse("2026-06-15T01:00:00Z");
    private final Fixture f = new Fixture();
    private final OverdueJob job = OverdueJob.of(f.service, 30);
    private final String elevatorId = f.service.register(ADMIN, elevator(code("3100", 1), "2026-01-01")).id();
    private final String craneId = f.service.register(ADMIN, equipment(CC_A, "4100", code("4100", 2), null, null)).id();
    private final String elevatorB = f.service.register(ADMIN,
            new NewEquipment(CC_B, "3300", code("3300", 3), null, null, null, null, null, null, null, null, null)).id();

    @Test
    void raisesAnEventByIdOrByCode() {
        ElevatorEvent byId = f.service.raiseEvent(OFFICER_A, new NewElevatorEvent(elevatorId, null, "ENTRAPMENT", AT, "2 人被困"));
        assertThat(byId.status()).isEqualTo("RAISED");
        assertThat(byId.at()).isEqualTo(AT_INSTANT);
        assertThat(byId.regionCode()).isEqualTo("330999001001");
        ElevatorEvent byCode = f.service.raiseEvent(ADMIN, new NewElevatorEvent(null, code("3100", 1), "fault",
                "2026-06-15T01:30:00Z", null));
        assertThat(byCode.equipmentId()).isEqualTo(elevatorId);
        assertThat(byCode.kind()).isEqualTo("FAULT");
        assertThat(f.db.rows("SELECT * FROM outbox WHERE record_type = 'special-equipment.elevator-event'")).hasSize(2);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("equipmentId", new NewElevatorEvent(null, null, "ENTRAPMENT", AT, null)),
                Arguments.of("equipmentId", new NewElevatorEvent("missing", null, "ENTRAPMENT", AT, null)),
                Arguments.of("equipmentCode", new NewElevatorEvent(null, code("3100", 9), "ENTRAPMENT", AT, null)),
                Arguments.of("equipmentCode", new NewElevatorEvent(null, code("4100", 2), "ENTRAPMENT", AT, null)),
                Arguments.of("kind", new NewElevatorEvent(null, code("3100", 1), "FIRE", AT, null)),
                Arguments.of("kind", new NewElevatorEvent(null, code("3100", 1), null, AT, null)),
                Arguments.of("at", new NewElevatorEvent(null, code("3100", 1), "FAULT", null, null)),
                Arguments.of("at", new NewElevatorEvent(null, code("3100", 1), "FAULT", "2026-06-15 09:00", null)),
                Arguments.of("at", new NewElevatorEvent(null, code("3100", 1), "FAULT", "2026-06-15T10:06:00+08:00", null)),
                Arguments.of("description", new NewElevatorEvent(null, code("3100", 1), "FAULT", AT, "x".repeat(1001))),
                Arguments.of("body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsA400NamingTheFieldAndWritesNothing(String field, NewElevatorEvent body) {
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.raiseEvent(ADMIN, body))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void onlyElevatorsAndOnlyVisibleOnes() {
        assertThatThrownBy(() -> f.service.raiseEvent(ADMIN, new NewElevatorEvent(craneId, null, "FAULT", AT, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("equipmentId"));
        assertThatThrownBy(() -> f.service.raiseEvent(OFFICER_A, new NewElevatorEvent(elevatorB, null, "FAULT", AT, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("equipmentId"));
        assertThatThrownBy(() -> f.service.raiseEvent(LEADER, new NewElevatorEvent(elevatorId, null, "FAULT", AT, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(f.db.count("se_elevator_event")).isZero();
    }

    @Test
    void handlesOnceAndListsByStatusWithinTheJurisdiction() {
        ElevatorEvent a = f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorId, null, "ENTRAPMENT", AT, null));
        f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorB, null, "FAULT", AT, null));
        ElevatorEvent handled = f.service.handleEvent(OFFICER_A, a.id(), new HandleRequest("维保 15 分钟到场"));
        assertThat(handled.status()).isEqualTo("HANDLED");
        assertThat(handled.handledBy()).isEqualTo("officer-a");
        assertThat(handled.handledAt()).isEqualTo(TestCounty.NOW);
        assertThat(handled.note()).isEqualTo("维保 15 分钟到场");
        Map<String, Long> before = f.snapshot();
        assertThatThrownBy(() -> f.service.handleEvent(ADMIN, a.id(), new HandleRequest(null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(f.snapshot()).isEqualTo(before);
        assertThatThrownBy(() -> f.service.handleEvent(ADMIN, "missing", null)).isInstanceOf(NotFoundException.class);

        assertThat(f.service.events(ADMIN, null, PageRequest.of(null, null)).total()).isEqualTo(2);
        assertThat(f.service.events(ADMIN, "handled", PageRequest.of(null, null)).items())
                .extracting(ElevatorEvent::id).containsExactly(a.id());
        assertThat(f.service.events(ADMIN, "RAISED", PageRequest.of(null, null)).total()).isEqualTo(1);
        assertThat(f.service.events(OFFICER_A, null, PageRequest.of(null, null)).total()).isEqualTo(1);
        assertThatThrownBy(() -> f.service.events(ADMIN, "OPEN", PageRequest.of(null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void anEntrapmentUnhandledForMoreThanThirtyMinutesEscalatesOnce() {
        ElevatorEvent e = f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorId, null, "ENTRAPMENT", AT, null));
        f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorId, null, "FAULT", AT, null));
        assertThat(job.escalate(AT_INSTANT.plus(Duration.ofMinutes(30)))).isZero();
        assertThat(job.escalate(AT_INSTANT.plus(Duration.ofMinutes(30)).plusSeconds(1))).isEqualTo(1);
        assertThat(job.escalate(AT_INSTANT.plus(Duration.ofHours(3)))).isZero();
        assertThat(f.hazards.registrations).hasSize(1);
        NewHazard n = f.hazards.registrations.get(0).hazard();
        assertThat(n.source()).isEqualTo(HazardSource.MONITORING_ALARM);
        assertThat(n.grade()).isEqualTo(HazardGrade.GENERAL);
        assertThat(n.category()).isEqualTo("SPECIAL_EQUIPMENT_ELEVATOR_ALARM");
        assertThat(n.sourceSystem()).isEqualTo("special-equipment");
        assertThat(n.sourceId()).isEqualTo("elevator-event-" + e.id());
        assertThat(n.enterpriseCreditCode()).isEqualTo(CC_A);
        assertThat(n.deadline()).isEqualTo(LocalDate.of(2026, 6, 16));
        assertThat(n.description()).contains("困人 (2026-06-15 09:00) 超过 30 分钟未处置");
        ElevatorEvent stored = f.service.events(ADMIN, "ESCALATED", PageRequest.of(null, null)).items().get(0);
        assertThat(stored.hazardId()).isEqualTo(100L);
        assertThat(stored.version()).isEqualTo(2);
        // an escalated event may still be handled
        assertThat(f.service.handleEvent(ADMIN, e.id(), new HandleRequest("已放人")).status()).isEqualTo("HANDLED");
    }

    @Test
    void theEscalationDelayIsTheJobsConfiguration() {
        f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorId, null, "ENTRAPMENT", AT, null));
        OverdueJob quick = OverdueJob.of(f.service, 10);
        assertThat(quick.escalate(AT_INSTANT.plus(Duration.ofMinutes(10)))).isZero();
        assertThat(quick.escalate(AT_INSTANT.plus(Duration.ofMinutes(11)))).isEqualTo(1);
        assertThat(f.hazards.registrations.get(0).hazard().description()).contains("超过 10 分钟未处置");
    }

    @Test
    void aHandledEntrapmentDoesNotEscalate() {
        ElevatorEvent e = f.service.raiseEvent(ADMIN, new NewElevatorEvent(elevatorId, null, "ENTRAPMENT", AT, null));
        f.service.handleEvent(ADMIN, e.id(), null);
        assertThat(job.escalate(AT_INSTANT.plus(Duration.ofHours(1)))).isZero();
        assertThat(f.hazards.registrations).isEmpty();
    }
}
