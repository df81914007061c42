package org.anjian.api.exchange.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inspection of an enterprise (a periodic inspection of its equipment, a supervisory inspection): when, by which
 * domain, and whether it found hazards.
 */
public record InspectionRecord(String id, String enterpriseCreditCode, String regionCode, String domain,
                               LocalDate date, Result result) implements CanonicalRecord {
    /** The outcome as peers know it. */
    public enum Result { PASSED, HAZARDS_FOUND }

    public InspectionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseCreditCode, "enterpriseCreditCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(result, "result");
    }
}
