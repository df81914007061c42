package org.anjian.api.hazard;

/** Hazard grade. */
public enum HazardGrade {
    /** 一般事故隐患. */
    GENERAL,
    /** 重大事故隐患. */
    MAJOR
}
