package org.anjian.domain.specialequipment.service;

import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** Body of {@code POST /equipment/{id}/inspections}: inspectedOn is an ISO date, result PASS or FAIL. */
public record NewInspection(@NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (yyyy-MM-dd)") String inspectedOn,
                            @NotNull @Pattern(regexp = "PASS|FAIL", message = "must be PASS or FAIL") String result,
                            @Size(max = 200) String inspector, @Size(max = 64) String reportNo,
                            @Min(1) @Max(5) Integer safetyConditionGrade) {
}
