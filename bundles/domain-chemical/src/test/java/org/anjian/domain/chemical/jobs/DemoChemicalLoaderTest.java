package org.anjian.domain.chemical.jobs;

import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.Test;

class DemoChemicalLoaderTest extends DbTestBase {

    @Test
    void waitsForTheCountyThenLoadsOnceAndAnOldAlarmEscalates() {
        Fakes.Loads loads = new Fakes.Loads();
        DemoChemicalLoader loader = new DemoChemicalLoader(db, enterprises, loads, clock);
        assertThat(loader.loadIfDue()).isFalse();
        assertThat(count("chemical_park")).isZero();

        loads.loaded.put(DemoChemicalLoader.COUNTY_DATASET, Instant.now());
        assertThat(loader.loadIfDue()).isTrue();
        assertThat(loads.loaded).containsKey(DemoChemicalLoader.DATASET);
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
        assertThat(loader.loadIfDue()).isTrue();
        loads.loaded.remove(DemoChemicalLoader.DATASET);
        assertThat(loader.loadIfDue()).isTrue();
        assertThat(snapshot()).isEqualTo(after);

        Fakes.Hazards hazards = new Fakes.Hazards();
        AlarmEscalator escalator = new AlarmEscalator(db, hazards, Duration.ofMinutes(30), 7,
                ZoneId.of("Asia/Shanghai"), clock);
        assertThat(escalator.escalate(NOW)).isEqualTo(1);
        assertThat(hazards.registered.get(0).description()).startsWith("监测点位 AT-101");
    }

    @Test
    void aFailureHalfWayLeavesNoRowsNoOutboxNoAuditAndIsRetried() {
        Fakes.Loads loads = new Fakes.Loads();
        loads.loaded.put(DemoChemicalLoader.COUNTY_DATASET, Instant.now());
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
        DemoChemicalLoader loader = new DemoChemicalLoader(db, flaky, loads, clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(loader::loadIfDue)
                .isInstanceOf(IllegalStateException.class);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(loads.loaded).doesNotContainKey(DemoChemicalLoader.DATASET);
        assertThat(loader.loadIfDue()).isTrue();
        assertThat(count("chemical_major_hazard_source")).isEqualTo(6);
        assertThat(testDb.number("SELECT COUNT(*) FROM outbox WHERE record_type LIKE 'chemical.%'")).isPositive();
    }
}
