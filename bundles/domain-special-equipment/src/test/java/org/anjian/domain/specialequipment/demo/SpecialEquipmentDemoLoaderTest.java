package org.anjian.domain.specialequipment.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.anjian.testkit.TestCounty;
import org.junit.jupiter.api.Test;

class SpecialEquipmentDemoLoaderTest {
    private final Fixture f = new Fixture();
    private final AnjianPrincipal reader = AnjianPrincipal.system("test");

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
    void loadsTheDemoEquipmentOnce() {
        enterprises();
        SpecialEquipmentDemoLoader loader = new SpecialEquipmentDemoLoader(f.enterprises, f.service);
        assertThat(loader.id()).isEqualTo("demo-special-equipment-2026.1");
        String summary = loader.load(TestCounty.CLOCK);
        long items = f.db.count("se_equipment");
        assertThat(items).isBetween(70L, 95L);
        assertThat(summary).isEqualTo(items + " equipment items");

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
    }

    @Test
    void aSecondRunAfterAnInterruptedOneAddsNothingTwice() {
        enterprises();
        SpecialEquipmentDemoLoader loader = new SpecialEquipmentDemoLoader(f.enterprises, f.service);
        int first = loader.loadItems(TestCounty.CLOCK);
        int second = loader.loadItems(TestCounty.CLOCK);
        assertThat(first).isGreaterThan(70);
        assertThat(second).isZero();
        assertThat(f.db.count("se_equipment")).isEqualTo(first);
        assertThat(f.db.count("se_elevator_event")).isEqualTo(3);
    }
}
