package org.anjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 9: the platform's request types declare no text longer than the migrated schema's columns hold. */
class CoreDeclaredLengthsTest {
    private static Map<String, Integer> widths;

    @BeforeAll
    static void migrate() throws Exception {
        widths = DeclaredLengths.widths(ModuleTestDatabase.platform("core_lengths", TestCounty.CLOCK));
    }

    @Test
    void everyDeclaredLengthFitsItsColumn() {
        List<String> problems = new ArrayList<>();
        problems.addAll(DeclaredLengths.problems(Enterprise.class, "enterprise",
                Map.of("supervisingDepartments", "enterprise_department.department"), widths));
        problems.addAll(DeclaredLengths.problems(Guarantor.class, "enterprise_guarantor", Map.of("position", "enterprise_guarantor.title"),
                widths));
        problems.addAll(DeclaredLengths.problems(NewHazard.class, "hazard", Map.of(), widths));
        problems.addAll(DeclaredLengths.problems(TransitionRequest.class, "hazard",
                Map.of("reason", "hazard_history.note", "note", "hazard_history.note"), widths));
        assertThat(problems).isEmpty();
    }

    /** The history keeps the action's text, "; " and the note in one column. */
    @Test
    void theHistoryHoldsAnActionsTextAndItsNote() {
        int longestAction = "复查不通过: ".length() + 2000;
        assertThat(longestAction + 2 + TransitionRequest.NOTE_MAX).isLessThanOrEqualTo(widths.get("hazard_history.note"));
    }

    @Test
    void aDeclarationWiderThanItsColumnIsFound() {
        record Wide(@javax.validation.constraints.Size(max = 201) String name, @javax.validation.constraints.Size(max = 5) String nowhere) {
        }
        assertThat(DeclaredLengths.problems(Wide.class, "enterprise", Map.of(), widths)).containsExactly(
                "Wide.name: declared at most 201 characters, but enterprise.name holds 200",
                "Wide.nowhere: no column enterprise.nowhere (name it, or mark it NOT_STORED)");
    }
}
