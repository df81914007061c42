package org.anjian.domain.specialequipment.service;

/** Body of {@code POST /equipment/{id}/inspections}: inspectedOn is an ISO date, result PASS or FAIL. */
public record NewInspection(String inspectedOn, String result, String inspector, String reportNo,
                            Integer safetyConditionGrade) {
}
