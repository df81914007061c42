package org.anjian.api.hazard;

import java.time.LocalDate;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.region.RegionCode;
import org.anjian.api.validation.MultilineText;

/**
 * What registering a hazard takes. The region defaults to the enterprise's; {@code sourceSystem} and
 * {@code sourceId} identify a record that came from elsewhere (registration is idempotent on them).
 * {@code registeredOn} back-dates an imported record (system imports only; null means today).
 */
public record NewHazard(
        @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
        @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code") String regionCode,
        @NotNull HazardSource source,
        @NotNull HazardGrade grade,
        @NotBlank @Size(min = 1, max = 64) String category,
        @NotBlank @Size(min = 1, max = 2000) @MultilineText String description,
        @NotNull LocalDate deadline,
        @Size(max = 200) String responsible,
        @Size(max = 2000) @MultilineText String measures,
        @Size(max = 200) String funds,
        @Size(max = 2000) @MultilineText String contingencyPlan,
        @Size(min = 1, max = 64) String sourceSystem,
        @Size(min = 1, max = 128) String sourceId,
        LocalDate registeredOn) {
}
