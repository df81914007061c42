package org.anjian.domain.chemical.jobs;

import org.anjian.testkit.FakeHazards;
import static org.anjian.domain.chemical.support.Fakes.ENT_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anjian.api.common.PageRequest;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.service.MonitoringService.ReadingBatch;
import org.anjian.domain.chemical.service.MonitoringService.ReadingInput;
import org.anjian.domain.chemical.store.Alarm;
import org.anjian.domain.chemical.store.MonitoringPoint;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlarmEscalatorTest extends DbTestBase {
    private MonitoringService monitoring;
    private FakeHazards hazards;
    private AlarmEscalator escalator;
    private MonitoringPoint gas;
    private MonitoringPoint level;

    @BeforeEach
    void setUp() {
        monitoring = MonitoringService.of(db, enterprises, clock);
        hazards = new FakeHazards();
        escalator = AlarmEscalator.of(db, hazards, Duration.ofMinutes(30), 7);
        gas = monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "AT-101",
                "液氨罐区有毒气体浓度", MonitoringService.Kind.GAS_CONCENTRATION, "ppm", null, 30.0));
        level = monitoring.createPoint(Fakes.admin(), new MonitoringService.NewPoint(ENT_A, null, "LT-101",
                "液氨储罐液位", MonitoringService.Kind.LEVEL, "%", 10.0, 85.0));
        monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(
                new ReadingInput(gas.id(), null, null, NOW.minus(Duration.ofMinutes(45)), 42.5),
                new ReadingInput(level.id(), null, null, NOW.minus(Duration.ofMinutes(10)), 90.0))));
    }

    private List<Alarm> alarms(String status) {
        return monitoring.searchAlarms(Fakes.admin(), status, null, PageRequest.of(null, null)).items();
    }

    @Test
    void escalatesOnlyAlarmsOlderThanTheLimitOnceEach() {
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo(1);
        assertThat(hazards.registered()).hasSize(1);
        NewHazard h = hazards.registered().get(0);
        assertThat(h.enterpriseCreditCode()).isEqualTo(ENT_A);
        assertThat(h.source()).isEqualTo(HazardSource.MONITORING_ALARM);
        assertThat(h.grade()).isEqualTo(HazardGrade.GENERAL);
        assertThat(h.category()).isEqualTo("CHEMICAL_MONITORING");
        assertThat(h.description()).isEqualTo("监测点位 AT-101 液氨罐区有毒气体浓度 报警未及时处置: 读数 42.5ppm 超过 30");
        assertThat(h.deadline()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(h.sourceSystem()).isEqualTo("chemical-monitoring");
        Alarm escalated = alarms("ESCALATED").get(0);
        assertThat(h.sourceId()).isEqualTo("alarm-" + escalated.id());
        assertThat(escalated.hazardId()).isEqualTo(hazards.all().get(0).id());
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE idempotency_key = 'chemical.monitoringAlarm:"
                + escalated.id() + ":2'")).isEqualTo(1);

        // re-running is safe: nothing more to escalate
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isZero();
        assertThat(hazards.registered()).hasSize(1);
        // an escalated alarm is still open: a further breach of that point raises nothing new
        monitoring.ingest(Fakes.admin(), new ReadingBatch(List.of(
                new ReadingInput(gas.id(), null, null, NOW, 50.0))));
        assertThat(count("chemical_alarm")).isEqualTo(2);

        // later, the second alarm is due too: exactly one more hazard
        assertThat(escalator.escalate(NOW.plus(Duration.ofMinutes(25)), ZoneId.of("Asia/Shanghai"))).isEqualTo(1);
        assertThat(hazards.all()).hasSize(2);
        assertThat(alarms("RAISED")).isEmpty();
    }

    @Test
    void aFailedRegistrationIsRetriedNextRunAndAHandledAlarmIsNotEscalated() {
        hazards.failNextRegistration = new IllegalStateException("hazard service down");
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isZero();
        assertThat(alarms("RAISED")).hasSize(2);
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo(1);
        Alarm recent = alarms("RAISED").get(0);
        monitoring.handle(Fakes.admin(), recent.id(), new MonitoringService.Handling("现场确认为仪表故障"));
        assertThat(escalator.escalate(NOW.plus(Duration.ofHours(2)), ZoneId.of("Asia/Shanghai"))).isZero();
        assertThat(hazards.all()).hasSize(1);
    }

    /** Handling an escalated alarm (the demo has one) writes its own outbox key: raised 1, escalated 2, handled 3. */
    @Test
    void anEscalatedAlarmCanBeHandledAndEachChangeHasItsOwnKey() {
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo(1);
        Alarm escalated = alarms("ESCALATED").get(0);
        assertThat(escalated.version()).isEqualTo(2);
        Alarm handled = monitoring.handle(Fakes.admin(), escalated.id(), new MonitoringService.Handling("已处置"));
        assertThat(handled.status()).isEqualTo("HANDLED");
        assertThat(handled.version()).isEqualTo(3);
        for (int version = 1; version <= 3; version++) {
            assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE idempotency_key = 'chemical.monitoringAlarm:"
                    + escalated.id() + ":" + version + "'")).as("version " + version).isEqualTo(1);
        }
    }
}
