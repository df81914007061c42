package org.anjian.domain.construction.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anjian.domain.construction.rules.Assessment;

/**
 * A 危大工程 of a project: its parameters, the level it was registered at (which its lifecycle follows), what that
 * level requires, the basis under the criteria in force, and the stages reached; the project's code, name and site
 * region travel with it (peers learn the work without the project).
 */
public record DangerousWork(String id, String projectId, String projectCode, String projectName, String regionCode,
                            String name, String category, String categoryName,
                            Map<String, Object> parameters, String level, String levelName,
                            List<Assessment.Requirement> requirements, List<Assessment.Basis> basis, String stage,
                            List<StageReached> stages, String enterpriseCreditCode, Instant createdAt) {
    public DangerousWork {
        parameters = Map.copyOf(parameters);
        requirements = List.copyOf(requirements);
        basis = List.copyOf(basis);
        stages = List.copyOf(stages);
    }

    /** A stage reached: when, who answered for it (the signatory), a note. */
    public record StageReached(String stage, String stageName, LocalDate on, String by, String note) {
    }
}
