package org.anjian.domain.specialequipment.testing;

import org.anjian.testkit.ModuleTestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.testkit.DeclaredLengths;
import org.anjian.domain.specialequipment.service.HandleRequest;
import org.anjian.domain.specialequipment.service.NewElevatorEvent;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.junit.jupiter.api.Test;

/** The special-equipment domain's request types declare no text longer than its migrated tables hold. */
class DeclaredLengthsTest {

    @Test
    void everyDeclaredLengthFitsItsColumn() throws Exception {
        ModuleTestDatabase db = ModuleTestDatabase.create("special-equipment");
        Map<String, Integer> widths = DeclaredLengths.widths(db.dataSource());
        String none = DeclaredLengths.NOT_STORED;
        List<String> problems = new ArrayList<>();
        problems.addAll(DeclaredLengths.problems(NewEquipment.class, "se_equipment", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(NewInspection.class, "se_inspection",
                Map.of("inspectedOn", none), widths));
        problems.addAll(DeclaredLengths.problems(NewElevatorEvent.class, "se_elevator_event",
                Map.of("equipmentCode", "se_equipment.equipment_code", "at", none), widths));
        problems.addAll(DeclaredLengths.problems(HandleRequest.class, "se_elevator_event", Map.of(), widths));
        assertThat(problems).isEmpty();
    }
}
