package org.anjian.domain.construction.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.domain.construction.service.NewDangerousWork;
import org.anjian.domain.construction.service.NewPerson;
import org.anjian.domain.construction.service.NewProject;
import org.anjian.domain.construction.service.StageRequest;
import org.anjian.testkit.DeclaredLengths;
import org.anjian.testkit.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/** The construction domain's request types declare no text longer than its migrated tables hold. */
class DeclaredLengthsTest {

    @Test
    void everyDeclaredLengthFitsItsColumn() throws Exception {
        ModuleTestDatabase db = ModuleTestDatabase.create("construction");
        Map<String, Integer> widths = DeclaredLengths.widths(db.dataSource());
        String none = DeclaredLengths.NOT_STORED;
        List<String> problems = new ArrayList<>();
        problems.addAll(DeclaredLengths.problems(NewProject.class, "construction_project", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(NewDangerousWork.class, "construction_dangerous_work",
                Map.of("parameters", none), widths));
        problems.addAll(DeclaredLengths.problems(StageRequest.class, "construction_work_stage",
                Map.of("on", "construction_work_stage.reached_on", "by", "construction_work_stage.reached_by"), widths));
        problems.addAll(DeclaredLengths.problems(NewPerson.class, "construction_person", Map.of(), widths));
        assertThat(problems).isEmpty();
    }
}
