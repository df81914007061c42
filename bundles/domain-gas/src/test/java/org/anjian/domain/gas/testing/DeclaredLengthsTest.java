package org.anjian.domain.gas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.domain.gas.service.NewAlarm;
import org.anjian.domain.gas.service.NewCylinder;
import org.anjian.domain.gas.service.NewCylinderEvent;
import org.anjian.domain.gas.service.NewGasUser;
import org.anjian.domain.gas.service.NewOperator;
import org.anjian.testkit.DeclaredLengths;
import org.anjian.testkit.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/** The gas domain's request types declare no text longer than its migrated tables hold. */
class DeclaredLengthsTest {

    @Test
    void everyDeclaredLengthFitsItsColumn() throws Exception {
        ModuleTestDatabase db = ModuleTestDatabase.create("gas");
        Map<String, Integer> widths = DeclaredLengths.widths(db.dataSource());
        String none = DeclaredLengths.NOT_STORED;
        List<String> problems = new ArrayList<>();
        problems.addAll(DeclaredLengths.problems(NewOperator.class, "gas_operator",
                Map.of("stations", none), widths));
        problems.addAll(DeclaredLengths.problems(NewOperator.NewStation.class, "gas_station", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(NewGasUser.class, "gas_user", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(NewCylinder.class, "gas_cylinder",
                Map.of("ownerCreditCode", "gas_cylinder.owner_credit_code"), widths));
        problems.addAll(DeclaredLengths.problems(NewCylinderEvent.class, "gas_cylinder_event",
                Map.of("at", none, "weightKg", none), widths));
        problems.addAll(DeclaredLengths.problems(NewAlarm.class, "gas_alarm", Map.of("at", none), widths));
        assertThat(problems).isEmpty();
    }
}
