package org.anjian.api.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A hazard (事故隐患) and where it stands in the closed loop. */
public record Hazard(
        Long id,
        String enterpriseCreditCode,
        String enterpriseName,
        String regionCode,
        HazardSource source,
        HazardGrade grade,
        String category,
        String description,
        LocalDate deadline,
        HazardStatus status,
        Supervision supervision,
        boolean overdue,
        String assignee,
        String evidence,
        String responsible,
        String measures,
        String funds,
        String contingencyPlan,
        String sourceSystem,
        String sourceId,
        Instant registeredAt,
        String registeredBy,
        Instant closedAt,
        Long version,
        List<HazardTransition> history) {

    public Hazard {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
