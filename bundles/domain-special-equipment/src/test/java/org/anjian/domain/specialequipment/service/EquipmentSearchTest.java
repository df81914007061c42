package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_A;
import static org.anjian.domain.specialequipment.testing.Fixture.CC_B;
import static org.anjian.domain.specialequipment.testing.Fixture.LEADER;
import static org.anjian.domain.specialequipment.testing.Fixture.OFFICER_A;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.anjian.domain.specialequipment.testing.Fixture.equipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Today is 2026-06-15; elevators (3100) are due 12 months after their last inspection. */
class EquipmentSearchTest {
    private final Fixture f = new Fixture();

    @BeforeEach
    void register() {
        // due dates: 2026-06-14 (overdue by 1 day), 2026-06-15 (due today), 2026-07-15 (today + 30),
        // 2026-07-16 (today + 31), 2025-01-01 (overdue by months), crane of enterprise B due 2026-06-20
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 1), null, "2025-06-14"));
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 2), null, "2025-06-15"));
        f.service.register(ADMIN, equipment(CC_A, "3300", code("3300", 3), null, "2025-07-15"));
        f.service.register(ADMIN, equipment(CC_A, "3100", code("3100", 4), null, "2025-07-16"));
        f.service.register(ADMIN, equipment(CC_A, "5110", code("5110", 5), null, "2024-01-01"));
        f.service.register(ADMIN, equipment(CC_B, "4300", code("4300", 6), null, "2025-06-20"));
    }

    private List<String> codes(Page<EquipmentView> page) {
        return page.items().stream().map(EquipmentView::equipmentCode).toList();
    }

    private Page<EquipmentView> search(String enterprise, String category, Boolean overdue, Integer within) {
        return f.service.search(ADMIN, enterprise, category, overdue, within, null, PageRequest.of(null, null));
    }

    @Test
    void overdueMeansTheDueDateIsBeforeToday() {
        assertThat(codes(search(null, null, true, null))).containsExactly(code("5110", 5), code("3100", 1));
        assertThat(search(null, null, false, null).total()).isEqualTo(4);
    }

    @Test
    void dueWithinDaysRunsFromTodayToTodayPlusNAndExcludesOverdue() {
        assertThat(codes(search(null, null, null, 30)))
                .containsExactly(code("3100", 2), code("4300", 6), code("3300", 3));
        assertThat(codes(search(null, null, null, 0))).containsExactly(code("3100", 2));
        assertThat(codes(search(null, null, null, 31)))
                .containsExactly(code("3100", 2), code("4300", 6), code("3300", 3), code("3100", 4));
    }

    @Test
    void inspectionStatusIsShownOnEachItem() {
        Page<EquipmentView> all = search(null, null, null, null);
        assertThat(all.items()).extracting(EquipmentView::inspectionStatus)
                .containsExactly("OVERDUE", "OVERDUE", "DUE_SOON", "DUE_SOON", "DUE_SOON", "OK");
    }

    @Test
    void categoryIsAPrefixWhereACatalogueCodeStandsForItsSubtree() {
        assertThat(search(null, "3000", null, null).total()).isEqualTo(4);
        assertThat(search(null, "3100", null, null).total()).isEqualTo(3);
        assertThat(search(null, "3", null, null).total()).isEqualTo(4);
        assertThat(search(null, "4000", null, null).total()).isEqualTo(1);
        assertThatThrownBy(() -> search(null, "3-00", null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void filtersByEnterpriseAndStatus() {
        assertThat(search(CC_B, null, null, null).total()).isEqualTo(1);
        assertThat(f.service.search(ADMIN, null, null, null, null, "OUT_OF_SERVICE", PageRequest.of(null, null)).total())
                .isZero();
        assertThatThrownBy(() -> f.service.search(ADMIN, null, null, null, null, "GONE", PageRequest.of(null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void listsOnlyWhatTheCallerCovers() {
        Page<EquipmentView> a = f.service.search(OFFICER_A, null, null, null, null, null, PageRequest.of(null, null));
        assertThat(a.total()).isEqualTo(5);
        assertThat(a.items()).allMatch(v -> v.enterpriseCreditCode().equals(CC_A));
        assertThat(f.service.search(LEADER, null, null, null, null, null, PageRequest.of(null, null)).total()).isEqualTo(6);
    }

    @Test
    void pagesWithATotal() {
        Page<EquipmentView> page = f.service.search(ADMIN, null, null, null, null, null, PageRequest.of(2, 3));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).hasSize(3);
        assertThatThrownBy(() -> PageRequest.of(0, 501)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> search(null, null, null, -1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("dueWithinDays"));
    }

    @Test
    void oneEquipmentWithItsInspectionsAndOutsideTheJurisdictionNotFound() {
        String b = search(CC_B, null, null, null).items().get(0).id();
        EquipmentDetail d = f.service.get(ADMIN, b);
        assertThat(d.equipment().equipmentCode()).isEqualTo(code("4300", 6));
        assertThat(d.inspections()).isEmpty();
        assertThatThrownBy(() -> f.service.get(OFFICER_A, b)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.service.get(ADMIN, "nope")).isInstanceOf(NotFoundException.class);
    }
}
