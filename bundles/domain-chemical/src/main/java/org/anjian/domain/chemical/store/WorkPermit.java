package org.anjian.domain.chemical.store;

import java.time.Instant;

/** 作业票 of a special work (GB 30871), filed with the regulator. */
public record WorkPermit(String id, String enterpriseCreditCode, String regionCode, String workType, String grade,
                         Instant validFrom, Instant validUntil, String location, String applicant, String attendant,
                         String status, Instant createdAt, String createdBy) {
    public static final String FILED = "FILED";

    /** Whether the instant lies within the validity window [validFrom, validUntil]. */
    public boolean activeAt(Instant now) {
        return !now.isBefore(validFrom) && !now.isAfter(validUntil);
    }
}
