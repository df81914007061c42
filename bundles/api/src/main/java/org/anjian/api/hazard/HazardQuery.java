package org.anjian.api.hazard;

import java.time.YearMonth;
import org.anjian.api.common.PageRequest;

/**
 * Hazard search filters; null means "any". {@code open}: true for hazards not CLOSED, false for CLOSED ones;
 * {@code registeredIn} / {@code closedIn}: a month of the county's calendar.
 */
public record HazardQuery(HazardStatus status, HazardGrade grade, String regionPrefix, String enterpriseCreditCode,
                          Boolean overdue, Supervision supervision, Boolean open, YearMonth registeredIn,
                          YearMonth closedIn, PageRequest page) {

    /** The filters of API 1.0–1.2. */
    public HazardQuery(HazardStatus status, HazardGrade grade, String regionPrefix, String enterpriseCreditCode,
                       Boolean overdue, Supervision supervision, PageRequest page) {
        this(status, grade, regionPrefix, enterpriseCreditCode, overdue, supervision, null, null, null, page);
    }

    public static HazardQuery all(PageRequest page) {
        return new HazardQuery(null, null, null, null, null, null, page);
    }
}
