package org.anjian.domain.specialequipment.service;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.domain.specialequipment.rules.EquipmentCodes;

/**
 * Body of {@code POST /equipment}. Dates are ISO strings (yyyy-MM-dd) so that a bad one is reported by
 * field name. {@code nextDue} is used only when the category has no regular interval (monitored use, no
 * rule); otherwise the due date is computed from {@code lastInspection}. {@code status} defaults to IN_USE.
 */
public record NewEquipment(@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                           @NotBlank @Size(min = 1, max = 4) String categoryCode,
                           @Size(max = EquipmentCodes.EQUIPMENT_CODE_LENGTH) String equipmentCode,
                           @Size(max = EquipmentCodes.REGISTRATION_CODE_LENGTH) String registrationCode,
                           @Size(max = 64) String certificateNo,
                           @Size(max = 200) String location,
                           @Size(max = 200) String maintenanceContractor,
                           @Size(max = EquipmentCodes.RESCUE_CODE_MAX_LENGTH) String rescueCode,
                           @Min(1) @Max(5) Integer safetyConditionGrade,
                           @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (yyyy-MM-dd)") String lastInspection,
                           @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (yyyy-MM-dd)") String nextDue,
                           @Pattern(regexp = "IN_USE|OUT_OF_SERVICE", message = "must be IN_USE or OUT_OF_SERVICE")
                           String status) {
}
