package org.anjian.domain.chemical.service;

import java.util.Map;
import static org.anjian.domain.chemical.service.ParkServiceTest.assertField;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.anjian.domain.chemical.support.Fakes.ENT_B;
import static org.anjian.domain.chemical.support.Fakes.TOWN_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.PageRequest;
import org.anjian.domain.chemical.service.MonitoringService.ReadingBatch;
import org.anjian.domain.chemical.service.MonitoringService.ReadingInput;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.MonitoringPoint;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitoringServiceTest extends DbTestBase {
    private MonitoringService monitoring;
    private MonitoringPoint level;

    @BeforeEach
    void setUp() {
        monitoring = MonitoringService.of(db, enterprises, clock);
        level = monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "LT-101",
                "液氨储罐液位", MonitoringService.Kind.LEVEL, "%", 10.0, 85.0));
    }

    private static ReadingInput byId(MonitoringPoint p, int minutesAgo, double value) {
        return new ReadingInput(p.id(), null, null, NOW.minus(Duration.ofMinutes(minutesAgo)), value);
    }

    private List<Alarm> alarms(String status) {
        return monitoring.searchAlarms(Fakes.admin(), status, null, PageRequest.of(null, null)).items();
    }

    @Test
    void pointsAreValidatedAndTagsUniquePerEnterprise() {
        Map<String, Long> before = snapshot();
        assertField(() -> monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "X",
                "n", null, "%", null, 1.0)), "kind");
        assertField(() -> monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "X",
                "n", MonitoringService.Kind.LEVEL, "%", null, null)), "highLimit");
        assertField(() -> monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "X",
                "n", MonitoringService.Kind.LEVEL, "%", 90.0, 10.0)), "lowLimit");
        assertField(() -> monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, "nope", "X",
                "n", MonitoringService.Kind.LEVEL, "%", null, 10.0)), "sourceId");
        assertField(() -> monitoring.createPoint(Fakes.township(TOWN_A), new MonitoringService.NewPoint(ENT_B, null,
                "X", "n", MonitoringService.Kind.LEVEL, "%", null, 10.0)), "enterpriseCreditCode");
        assertThatThrownBy(() -> monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null,
                "LT-101", "n", MonitoringService.Kind.LEVEL, "%", null, 10.0))).isInstanceOf(ConflictException.class);
        assertThat(snapshot()).isEqualTo(before);
        monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_B, null, "LT-101", "另一家的液位",
                MonitoringService.Kind.LEVEL, "%", null, 90.0));
        assertThat(monitoring.searchPoints(Fakes.township(TOWN_A), null, PageRequest.of(null, null)).items())
                .extracting(MonitoringPoint::enterpriseCreditCode).containsExactly(ENT_A);
    }

    @Test
    void aBreachRaisesOneAlarmAndFurtherBreachesDoNotRaiseAnotherUntilHandled() {
        MonitoringService.IngestResult r = monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(
                byId(level, 30, 50.0), byId(level, 20, 90.0), byId(level, 10, 95.0),
                new ReadingInput(null, ENT_A, "LT-101", NOW.minus(Duration.ofMinutes(5)), 5.0))));
        assertThat(r.stored()).isEqualTo(4);
        assertThat(r.alarmsRaised()).hasSize(1);
        Alarm alarm = r.alarmsRaised().get(0);
        assertThat(alarm.direction()).isEqualTo("HIGH");
        assertThat(alarm.value()).isEqualTo(90.0);
        assertThat(alarm.limitValue()).isEqualTo(85.0);
        assertThat(alarm.raisedAt()).isEqualTo(NOW.minus(Duration.ofMinutes(20)));
        assertThat(count("chemical_reading")).isEqualTo(4);
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type = 'chemical.monitoringAlarm'"))
                .isEqualTo(1);

        // another batch while RAISED: no new alarm
        monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 2, 99.0))));
        assertThat(count("chemical_alarm")).isEqualTo(1);

        Alarm handled = monitoring.handle(Fakes.admin(), alarm.id(), new MonitoringService.Handling("已降液位"));
        assertThat(handled.status()).isEqualTo("HANDLED");
        assertThat(handled.handledBy()).isEqualTo("admin");
        assertThat(handled.note()).isEqualTo("已降液位");
        assertThatThrownBy(() -> monitoring.handle(Fakes.admin(), alarm.id(), null))
                .isInstanceOf(ConflictException.class);

        // after handling, the next breach (a low one) raises a new alarm
        MonitoringService.IngestResult again = monitoring.ingest(Fakes.admin(),
                new ReadingBatch(List.of(byId(level, 1, 3.0))));
        assertThat(again.alarmsRaised()).singleElement().satisfies(a -> assertThat(a.direction()).isEqualTo("LOW"));
        assertThat(alarms("RAISED")).hasSize(1);
        assertThat(alarms("HANDLED")).hasSize(1);
    }

    @Test
    void aBatchWithOneBadReadingStoresNothing() {
        Map<String, Long> before = snapshot();
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 10, 99.0),
                new ReadingInput("missing", null, null, NOW, 1.0)))), "readings[1].pointId");
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 10, 99.0),
                new ReadingInput(null, ENT_A, "NOPE", NOW, 1.0)))), "readings[1].tag");
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 10, 99.0),
                new ReadingInput(level.id(), null, null, null, 1.0)))), "readings[1].at");
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 10, 99.0),
                new ReadingInput(level.id(), null, null, NOW, null)))), "readings[1].value");
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(
                new ReadingInput(level.id(), null, null, NOW.plus(Duration.ofHours(1)), 1.0)))),
                "readings[0].at");
        List<ReadingInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= MonitoringService.MAX_READINGS; i++) {
            tooMany.add(byId(level, 1, 50.0));
        }
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(tooMany)), "readings");
        assertField(() -> monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of())), "readings");
        // a township officer of B cannot feed a point of A
        assertField(() -> monitoring.ingest(Fakes.township(Fakes.TOWN_B), new ReadingBatch(List.of(
                byId(level, 1, 50.0)))), "readings[0].pointId");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void alarmsAreScopedByJurisdiction() {
        monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(byId(level, 1, 99.0))));
        Alarm a = alarms(null).get(0);
        assertThat(monitoring.searchAlarms(Fakes.township(Fakes.TOWN_B), null, null, PageRequest.of(null, null))
                .items()).isEmpty();
        assertThatThrownBy(() -> monitoring.handle(Fakes.township(Fakes.TOWN_B), a.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertField(() -> monitoring.searchAlarms(Fakes.admin(), "OPEN", null, PageRequest.of(null, null)), "status");
        assertThat(monitoring.handle(Fakes.township(TOWN_A), a.id(), null).status()).isEqualTo("HANDLED");
    }
}
