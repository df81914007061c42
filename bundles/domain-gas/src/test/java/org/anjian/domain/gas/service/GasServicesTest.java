package org.anjian.domain.gas.service;

import static org.anjian.domain.gas.testing.Fixture.ADMIN;
import static org.anjian.domain.gas.testing.Fixture.LPG;
import static org.anjian.domain.gas.testing.Fixture.OFFICER_A;
import static org.anjian.domain.gas.testing.Fixture.OFFICER_B;
import static org.anjian.domain.gas.testing.Fixture.RESTAURANT_A;
import static org.anjian.domain.gas.testing.Fixture.RESTAURANT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.domain.gas.module.GasHazardCategories;
import org.anjian.domain.gas.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;

/** Operators, users, cylinders and alarms on the real module tables with the platform's fakes (today 2026-06-15). */
class GasServicesTest {
    private static final PageRequest PAGE = new PageRequest(0, 50);
    private final Fixture f = new Fixture();

    @Test
    void anOperatorIsRegisteredWithItsStationsOnceAndItsLicenceStatusFollowsTheDay() {
        Operator o = f.operator();
        assertThat(o.stations()).extracting(Operator.Station::kind).containsExactly("FILLING_STATION");
        assertThat(o.licenceStatus()).isEqualTo("VALID");
        assertThat(f.operators.search(ADMIN, null, Kinds.LicenceStatus.VALID, PAGE).total()).isEqualTo(1);
        assertThat(f.operators.search(ADMIN, LPG, Kinds.LicenceStatus.EXPIRED, PAGE).total()).isZero();
        Map<String, Long> before = f.snapshot();
        conflict(() -> f.operator(), "LICENCE_REGISTERED");
        invalid(() -> f.operators.create(ADMIN, new NewOperator(LPG, "X-1", Kinds.OperatorScope.PIPELINE, "2025-01-01",
                "2024-01-01", List.of())), "validTo");
        invalid(() -> f.operators.create(ADMIN, new NewOperator(LPG, "X-1", Kinds.OperatorScope.PIPELINE, "2025-01-01",
                "2030-01-01", List.of(new NewOperator.NewStation("站", Kinds.StationKind.GATE_STATION, null, "33099900")))),
                "stations[0].regionCode");
        invalid(() -> f.operators.create(OFFICER_B, new NewOperator(LPG, "X-1", Kinds.OperatorScope.PIPELINE,
                "2025-01-01", "2030-01-01", List.of())), "enterpriseCreditCode");
        assertThat(f.snapshot()).isEqualTo(before);
        assertThatThrownBy(() -> f.operators.get(OFFICER_B, o.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void usersAreScopedThroughTheirRestaurantOrTheirSupplier() {
        f.operator();
        GasUser a = f.restaurant(RESTAURANT_A, Kinds.Device.WORKING);
        GasUser b = f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.CATERING, "食尚小吃", "临江镇沙头街5号", "330999101003",
                RESTAURANT_B, LPG, Kinds.Device.NONE, Kinds.Device.WORKING));
        GasUser household = f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.RESIDENTIAL, "王秀英（居民）", "城关街道文昌路12号",
                "330999001001", null, LPG, Kinds.Device.NONE, Kinds.Device.NONE));
        assertThat(a.devicesCompliant()).isTrue();
        assertThat(b.devicesCompliant()).isFalse();
        assertThat(household.devicesCompliant()).isTrue();
        assertThat(household.enterpriseCreditCode()).isEqualTo(LPG);
        assertThat(f.users.search(ADMIN, null, null, null, false, null, PAGE).items()).extracting(GasUser::id).containsExactly(b.id());
        assertThat(f.users.search(OFFICER_A, null, null, null, null, null, PAGE).items()).extracting(GasUser::id)
                .containsExactlyInAnyOrder(a.id(), household.id());
        assertThatThrownBy(() -> f.users.get(OFFICER_A, b.id())).isInstanceOf(NotFoundException.class);
        assertThat(f.users.search(ADMIN, null, null, null, null, "文昌", PAGE).items()).extracting(GasUser::id)
                .containsExactly(household.id());
        assertThat(f.users.search(ADMIN, RESTAURANT_B, null, null, null, null, PAGE).items()).extracting(GasUser::id)
                .containsExactly(b.id());
        assertThat(f.users.search(ADMIN, null, null, null, null, "100%_", PAGE).total()).isZero();
        Map<String, Long> before = f.snapshot();
        invalid(() -> f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.CATERING, "无名", "某路1号", "330999001002", null,
                LPG, Kinds.Device.WORKING, Kinds.Device.WORKING)), "enterpriseCreditCode");
        invalid(() -> f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.RESIDENTIAL, "张三", "某路1号", "330999001002",
                RESTAURANT_A, LPG, Kinds.Device.NONE, Kinds.Device.NONE)), "enterpriseCreditCode");
        invalid(() -> f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.RESIDENTIAL, "张三", "某路1号", "330999001002",
                null, "91330999MA0000000X", Kinds.Device.NONE, Kinds.Device.NONE)), "supplierCreditCode");
        invalid(() -> f.users.create(ADMIN, new NewGasUser(Kinds.UserKind.RESIDENTIAL, " ", "某路1号", "330999001002",
                null, LPG, Kinds.Device.NONE, Kinds.Device.NONE)), "name");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void aCylinderIsFilledDeliveredReturnedAndItsTraceTellsTheChain() {
        Operator o = f.operator();
        GasUser a = f.restaurant(RESTAURANT_A, Kinds.Device.WORKING);
        Cylinder c = f.cylinders.register(ADMIN, new NewCylinder("LPG0101001", LPG, "2024-05-01", null));
        assertThat(c.nextInspectionDue()).isEqualTo(LocalDate.of(2028, 5, 1));
        assertThat(c.scrapDue()).isEqualTo(LocalDate.of(2032, 5, 1));
        assertThat(c.state()).isEqualTo("EMPTY");
        event(c, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", o.stations().get(0).id(), 14.5, "陈建华", null, null);
        conflict(() -> event(c, Kinds.EventType.FILL, "2026-06-14T02:00:00Z", o.stations().get(0).id(), 14.5, "陈建华",
                null, null), "CYLINDER_NOT_EMPTY");
        event(c, Kinds.EventType.DELIVER, "2026-06-14T03:00:00Z", null, null, "李小龙", a.id(), null);
        assertThat(f.cylinders.get(ADMIN, c.code()).holderUserId()).isEqualTo(a.id());
        event(c, Kinds.EventType.RETURN, "2026-06-15T01:00:00Z", null, null, "李小龙", null, null);
        Trace t = f.cylinders.trace(ADMIN, c.code());
        assertThat(t.events()).extracting(CylinderEvent::type).containsExactly("FILL", "DELIVER", "RETURN");
        assertThat(t.events().get(0).stationName()).isEqualTo("宏远充装站");
        assertThat(t.events().get(1).userName()).isEqualTo("食尚快餐");
        assertThat(t.events().get(2).userId()).isEqualTo(a.id());
        conflict(() -> event(c, Kinds.EventType.RETURN, "2026-06-15T01:30:00Z", null, null, null, null, null),
                "CYLINDER_NOT_AT_USER");
    }

    @Test
    void fillingAnOverdueOrScrapAgedCylinderAndDeliveringToARestaurantWithoutAWorkingAlarmAreRefused() {
        Operator o = f.operator();
        String station = o.stations().get(0).id();
        Cylinder overdue = f.cylinders.register(ADMIN, new NewCylinder("LPG0101002", LPG, "2021-01-10", null));
        assertThat(overdue.inspection()).isEqualTo("OVERDUE");
        Cylinder old = f.cylinders.register(ADMIN, new NewCylinder("LPG0101003", LPG, "2018-03-01", "2025-03-01"));
        Cylinder fine = f.cylinders.register(ADMIN, new NewCylinder("LPG0101004", LPG, "2025-01-01", null));
        GasUser noAlarm = f.restaurant(RESTAURANT_A, Kinds.Device.FAULTY);
        Map<String, Long> before = f.snapshot();
        conflict(() -> event(overdue, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", station, 14.5, "陈建华", null, null),
                "CYLINDER_INSPECTION_OVERDUE");
        conflict(() -> event(old, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", station, 14.5, "陈建华", null, null),
                "CYLINDER_PAST_SCRAP_DATE");
        assertThat(f.snapshot()).isEqualTo(before);
        event(fine, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", station, 14.5, "陈建华", null, null);
        Map<String, Long> filled = f.snapshot();
        conflict(() -> event(fine, Kinds.EventType.DELIVER, "2026-06-14T02:00:00Z", null, null, "李小龙", noAlarm.id(), null),
                "USER_LEAK_ALARM_NOT_WORKING");
        assertThat(f.snapshot()).isEqualTo(filled);
        event(overdue, Kinds.EventType.INSPECT, "2026-06-14T03:00:00Z", null, null, "示范县特检所", null,
                Kinds.InspectionResult.FAIL);
        assertThat(f.cylinders.get(ADMIN, overdue.code()).status()).isEqualTo("SCRAPPED");
        conflict(() -> event(overdue, Kinds.EventType.FILL, "2026-06-14T04:00:00Z", station, 14.5, "陈建华", null, null),
                "CYLINDER_SCRAPPED");
    }

    @Test
    void aPassedInspectionMovesTheDueDateAndBadEventsNameTheirField() {
        Operator o = f.operator();
        Cylinder c = f.cylinders.register(ADMIN, new NewCylinder("LPG0101005", LPG, "2022-06-20", null));
        assertThat(c.inspection()).isEqualTo("DUE_SOON");
        event(c, Kinds.EventType.INSPECT, "2026-06-10T02:00:00Z", null, null, "示范县特检所", null, Kinds.InspectionResult.PASS);
        Cylinder after = f.cylinders.get(ADMIN, c.code());
        assertThat(after.nextInspectionDue()).isEqualTo(LocalDate.of(2030, 6, 10));
        assertThat(after.inspection()).isEqualTo("OK");
        Map<String, Long> before = f.snapshot();
        String station = o.stations().get(0).id();
        invalid(() -> event(c, Kinds.EventType.FILL, "2026-06-09T01:00:00Z", station, 14.5, "陈建华", null, null), "at");
        invalid(() -> event(c, Kinds.EventType.FILL, "2026-06-16T01:00:00Z", station, 14.5, "陈建华", null, null), "at");
        invalid(() -> event(c, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", station, 60.0, "陈建华", null, null), "weightKg");
        invalid(() -> event(c, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", "nope", 14.5, "陈建华", null, null), "stationId");
        invalid(() -> event(c, Kinds.EventType.FILL, "2026-06-14T01:00:00Z", station, 14.5, null, null, null), "person");
        invalid(() -> event(c, Kinds.EventType.INSPECT, "2026-06-14T01:00:00Z", null, null, "所", null, null), "result");
        invalid(() -> event(c, Kinds.EventType.DELIVER, "2026-06-14T01:00:00Z", null, null, "李", "nobody", null), "userId");
        invalid(() -> event(c, null, "2026-06-14T01:00:00Z", null, null, null, null, null), "type");
        invalid(() -> f.cylinders.register(ADMIN, new NewCylinder("LPG0101006", LPG, "2027-01-01", null)), "manufacturedOn");
        invalid(() -> f.cylinders.register(ADMIN, new NewCylinder("LPG0101006", LPG, "2024-01-01", "2023-01-01")),
                "lastInspectedOn");
        invalid(() -> f.cylinders.register(ADMIN, new NewCylinder("LPG0101006", RESTAURANT_A, "2024-01-01", null)),
                "ownerCreditCode");
        conflict(() -> f.cylinders.register(ADMIN, new NewCylinder("LPG0101005", LPG, "2024-01-01", null)),
                "CYLINDER_REGISTERED");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    @Test
    void anUnhandledLeakBecomesOneHazardThatHandlingCloses() {
        f.operator();
        GasUser a = f.restaurant(RESTAURANT_A, Kinds.Device.WORKING);
        Alarm fresh = f.alarms.raise(ADMIN, new NewAlarm(a.id(), "2026-06-15T01:55:00Z", Kinds.AlarmKind.LEAK, null));
        Alarm old = f.alarms.raise(ADMIN, new NewAlarm(a.id(), "2026-06-15T01:00:00Z", Kinds.AlarmKind.LEAK, "后厨报警器响"));
        f.alarms.raise(ADMIN, new NewAlarm(a.id(), "2026-06-15T00:30:00Z", Kinds.AlarmKind.DEVICE_FAULT, null));
        assertThat(f.alarms.escalate(TestCounty.NOW)).isEqualTo(1);
        assertThat(f.alarms.escalate(TestCounty.NOW.plus(Duration.ofMinutes(1)))).isZero();
        assertThat(f.hazards.registered()).singleElement()
                .satisfies(h -> assertThat(h.category()).isEqualTo(GasHazardCategories.LEAK_ALARM));
        Alarm escalated = f.alarms.get(ADMIN, old.id());
        assertThat(escalated.status()).isEqualTo("ESCALATED");
        assertThat(escalated.hazardId()).isNotNull();
        f.alarms.handle(ADMIN, old.id(), "已关阀并更换软管");
        assertThat(f.hazards.all()).singleElement().satisfies(h -> assertThat(h.status()).isEqualTo(HazardStatus.CLOSED));
        conflict(() -> f.alarms.handle(ADMIN, old.id(), null), "ALARM_HANDLED");
        assertThat(f.alarms.search(ADMIN, RESTAURANT_A, "RAISED", PAGE).items()).extracting(Alarm::id).contains(fresh.id());
        assertThatThrownBy(() -> f.alarms.get(OFFICER_B, fresh.id())).isInstanceOf(NotFoundException.class);
        Map<String, Long> before = f.snapshot();
        invalid(() -> f.alarms.raise(ADMIN, new NewAlarm("nobody", "2026-06-15T01:00:00Z", Kinds.AlarmKind.LEAK, null)),
                "userId");
        invalid(() -> f.alarms.raise(ADMIN, new NewAlarm(a.id(), "2026-06-16T01:00:00Z", Kinds.AlarmKind.LEAK, null)), "at");
        invalid(() -> f.alarms.raise(OFFICER_B, new NewAlarm(a.id(), "2026-06-15T01:00:00Z", Kinds.AlarmKind.LEAK, null)),
                "userId");
        assertThat(f.snapshot()).isEqualTo(before);
    }

    private CylinderEvent event(Cylinder c, Kinds.EventType type, String at, String station, Double weight, String person,
                                String user, Kinds.InspectionResult result) {
        return f.cylinders.record(ADMIN, c.code(), new NewCylinderEvent(type, at, station, weight, person, user, result,
                null));
    }

    private static void conflict(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(code));
    }

    private static void invalid(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }
}
