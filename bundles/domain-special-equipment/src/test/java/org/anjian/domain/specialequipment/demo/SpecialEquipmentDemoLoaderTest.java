package org.anjian.domain.specialequipment.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.system.DataLoads;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;

class SpecialEquipmentDemoLoaderTest {
    private final Fixture f = new Fixture();
    private final FakeLoads loads = new FakeLoads();
    private final AnjianPrincipal reader = AnjianPrincipal.system("test");

    static final class FakeLoads implements DataLoads {
        final Map<String, Instant> loaded = new LinkedHashMap<>();

        @Override
        public Optional<Instant> loadedAt(String name) {
            return Optional.ofNullable(loaded.get(name));
        }

        @Override
        public boolean markLoaded(String name, String loadedBy, String details) {
            return loaded.putIfAbsent(name, TestCounty.NOW) == null;
        }
    }

    void enterprises() {
        int n = 0;
        for (Map.Entry<String, Integer> e : Map.of("3311", 6, "3441", 2, "3443", 4, "5211", 5, "5920", 5, "6110", 6,
                "2614", 3).entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                n++;
                f.enterprises.add("91330999DEMO" + String.format("%06d", n), "示范县企业" + n, e.getKey(),
                        n % 2 == 0 ? "330999001001" : "330999101001");
            }
        }
    }

    @Test
    void waitsForTheCountyThenLoadsOnce() {
        enterprises();
        SpecialEquipmentDemoLoader loader = new SpecialEquipmentDemoLoader(loads, f.enterprises, f.service);
        try {
            assertThat(loader.loadIfReady(TestCounty.CLOCK)).isFalse();
            assertThat(f.db.count("se_equipment")).isZero();

            loads.markLoaded(SpecialEquipmentDemoLoader.COUNTY_DATASET, "demo", "");
            assertThat(loader.loadIfReady(TestCounty.CLOCK)).isTrue();
            long items = f.db.count("se_equipment");
            assertThat(items).isBetween(70L, 95L);
            assertThat(loads.loadedAt(SpecialEquipmentDemoLoader.DATASET)).isPresent();

            var overdue = f.service.search(reader, null, null, true, null, null, PageRequest.of(0, 500));
            var dueSoon = f.service.search(reader, null, null, null, 30, null, PageRequest.of(0, 500));
            var failed = f.service.search(reader, null, null, null, null, "OUT_OF_SERVICE", PageRequest.of(0, 500));
            assertThat(overdue.total()).isGreaterThanOrEqualTo(5);
            assertThat(overdue.items()).extracting(EquipmentView::nextDue)
                    .anyMatch(d -> d.isBefore(TestCounty.TODAY.minusMonths(2)));
            assertThat(dueSoon.total()).isGreaterThanOrEqualTo(5);
            assertThat(failed.total()).isGreaterThanOrEqualTo(2);
            assertThat(f.service.search(reader, null, "3000", null, null, null, PageRequest.of(0, 500)).items())
                    .allMatch(v -> v.rescueCode() != null && v.maintenanceContractor() != null);
            assertThat(f.db.count("se_inspection")).isEqualTo(2 * items);
            assertThat(f.service.events(reader, null, PageRequest.of(0, 10)).total()).isEqualTo(3);
            assertThat(f.hazards.registrations).hasSize((int) overdue.total());

            // loaded: nothing more happens
            assertThat(loader.loadIfReady(TestCounty.CLOCK)).isTrue();
            assertThat(f.db.count("se_equipment")).isEqualTo(items);
        } finally {
            loader.deactivate();
        }
    }

    @Test
    void aSecondRunAfterAnInterruptedOneAddsNothingTwice() {
        enterprises();
        SpecialEquipmentDemoLoader loader = new SpecialEquipmentDemoLoader(loads, f.enterprises, f.service);
        try {
            int first = loader.load(TestCounty.CLOCK);
            int second = loader.load(TestCounty.CLOCK);
            assertThat(first).isGreaterThan(70);
            assertThat(second).isZero();
            assertThat(f.db.count("se_equipment")).isEqualTo(first);
            assertThat(f.db.count("se_elevator_event")).isEqualTo(3);
        } finally {
            loader.deactivate();
        }
    }
}
