package org.anjian.domain.construction.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.region.RegionCode;

/** Body of {@code POST /projects} and {@code PUT /projects/{id}}; dates as ISO dates ({@code 2026-03-01}). */
public record NewProject(@NotNull @Size(min = 1, max = 50) String projectCode,
                         @NotNull @Size(min = 1, max = 200) String name,
                         @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String builderCreditCode,
                         @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String contractorCreditCode,
                         @NotNull @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code")
                         String regionCode,
                         @Size(max = 200) String address,
                         ProjectStatus status,
                         String startDate,
                         String plannedCompletionDate) {
}
