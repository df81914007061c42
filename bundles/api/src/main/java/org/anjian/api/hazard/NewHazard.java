package org.anjian.api.hazard;

import java.time.LocalDate;

/**
 * What registering a hazard takes. The region defaults to the enterprise's; {@code sourceSystem} and
 * {@code sourceId} identify a record that came from elsewhere (registration is idempotent on them).
 * {@code registeredOn} back-dates an imported record (system imports only; null means today).
 */
public record NewHazard(
        String enterpriseCreditCode,
        String regionCode,
        HazardSource source,
        HazardGrade grade,
        String category,
        String description,
        LocalDate deadline,
        String responsible,
        String measures,
        String funds,
        String contingencyPlan,
        String sourceSystem,
        String sourceId,
        LocalDate registeredOn) {
}
