package org.anjian.api.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hazard (事故隐患) and where it stands in the closed loop; {@code allowedActions} are the steps the caller who
 * read it may take next (the console offers only these).
 */
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
        List<HazardTransition> history,
        List<HazardAction> allowedActions) {

    public Hazard {
        history = history == null ? List.of() : List.copyOf(history);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    /** A hazard without the caller's actions (a record not read for a caller). */
    public Hazard(Long id, String enterpriseCreditCode, String enterpriseName, String regionCode, HazardSource source,
                  HazardGrade grade, String category, String description, LocalDate deadline, HazardStatus status,
                  Supervision supervision, boolean overdue, String assignee, String evidence, String responsible,
                  String measures, String funds, String contingencyPlan, String sourceSystem, String sourceId,
                  Instant registeredAt, String registeredBy, Instant closedAt, Long version,
                  List<HazardTransition> history) {
        this(id, enterpriseCreditCode, enterpriseName, regionCode, source, grade, category, description, deadline,
                status, supervision, overdue, assignee, evidence, responsible, measures, funds, contingencyPlan,
                sourceSystem, sourceId, registeredAt, registeredBy, closedAt, version, history, List.of());
    }

    /** This hazard with the actions the caller may take next. */
    public Hazard withAllowedActions(List<HazardAction> actions) {
        return new Hazard(id, enterpriseCreditCode, enterpriseName, regionCode, source, grade, category, description,
                deadline, status, supervision, overdue, assignee, evidence, responsible, measures, funds,
                contingencyPlan, sourceSystem, sourceId, registeredAt, registeredBy, closedAt, version, history,
                actions);
    }
}
