package org.anjian.domain.specialequipment.service;

/**
 * Body of {@code POST /equipment}. Dates are ISO strings (yyyy-MM-dd) so that a bad one is reported by
 * field name. {@code nextDue} is used only when the category has no regular interval (monitored use, no
 * rule); otherwise the due date is computed from {@code lastInspection}. {@code status} defaults to IN_USE.
 */
public record NewEquipment(String enterpriseCreditCode, String categoryCode, String equipmentCode,
                           String registrationCode, String certificateNo, String location,
                           String maintenanceContractor, String rescueCode, Integer safetyConditionGrade,
                           String lastInspection, String nextDue, String status) {
}
