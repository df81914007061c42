package org.anjian.api.hazard;

import org.anjian.api.common.PageRequest;

/** Hazard search filters; null means "any". */
public record HazardQuery(HazardStatus status, HazardGrade grade, String regionPrefix, String enterpriseCreditCode,
                          Boolean overdue, Supervision supervision, PageRequest page) {
    public static HazardQuery all(PageRequest page) {
        return new HazardQuery(null, null, null, null, null, null, page);
    }
}
