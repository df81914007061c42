package org.anjian.domain.chemical.jobs;

import org.anjian.testkit.FakeHazards;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.Test;

class DemoChemicalLoaderTest extends DbTestBase {

    @Test
    void loadsOnceAndAnOldAlarmEscalates() {
        DemoChemicalLoader loader = new DemoChemicalLoader(db, enterprises);
        assertThat(loader.id()).isEqualTo("demo-chemical-2026.1");
        assertThat(loader.load(clock)).startsWith("2 parks");
        assertThat(count("chemical_park")).isEqualTo(2);
        assertThat(count("chemical_park_member")).isEqualTo(3);
        assertThat(count("chemical_major_hazard_source")).isEqualTo(6);
        assertThat(count("chemical_mhs_guarantor")).isEqualTo(18);
        assertThat(count("chemical_work_permit")).isEqualTo(10);
        assertThat(count("chemical_monitoring_point")).isEqualTo(15);
        assertThat(count("chemical_reading")).isEqualTo(15 * 24 + 5);
        assertThat(count("chemical_alarm")).isEqualTo(4);
        assertThat(testDb.number("SELECT COUNT(*) FROM chemical_work_permit WHERE valid_from <= TIMESTAMP '2026-03-01"
                + " 02:00:00' AND valid_until >= TIMESTAMP '2026-03-01 02:00:00'")).isGreaterThanOrEqualTo(5);

        Map<String, Long> after = snapshot();
        assertThat(loader.load(clock)).isEqualTo("already present");

        FakeHazards hazards = new FakeHazards();
        AlarmEscalator escalator = AlarmEscalator.of(db, hazards, Duration.ofMinutes(30), 7);
        assertThat(escalator.escalate(NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo(1);
        assertThat(hazards.registered().get(0).description()).startsWith("监测点位 AT-101");
    }

    @Test
    void aFailureHalfWayLeavesNoRowsNoOutboxNoAuditAndIsRetried() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Fakes.Enterprises flaky = new Fakes.Enterprises() {
            @Override
            public java.util.Optional<org.anjian.api.enterprise.Enterprise> find(
                    org.anjian.api.security.AnjianPrincipal caller, String creditCode) {
                if (calls.incrementAndGet() == 12) {
                    throw new IllegalStateException("registry unavailable");
                }
                return super.find(caller, creditCode);
            }
        };
        Map<String, Long> before = snapshot();
        DemoChemicalLoader loader = new DemoChemicalLoader(db, flaky);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(clock))
                .isInstanceOf(IllegalStateException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(loader.load(clock)).startsWith("2 parks");
        assertThat(count("chemical_major_hazard_source")).isEqualTo(6);
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type LIKE 'chemical.%'")).isPositive();
    }
}
