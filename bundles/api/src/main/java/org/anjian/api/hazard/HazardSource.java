package org.anjian.api.hazard;

/** How a hazard was found. */
public enum HazardSource {
    /** Enterprise self-inspection. */
    SELF_INSPECTION,
    /** Regulator inspection or enforcement. */
    ENFORCEMENT,
    /** Unannounced visit (四不两直). */
    UNANNOUNCED_VISIT,
    /** Public tip-off. */
    TIP,
    /** Grid worker report. */
    GRID_REPORT,
    /** Provincial finding (e.g. 1030). */
    PROVINCE_FINDING,
    /** Liability-insurer safety service. */
    INSURER_SERVICE,
    /** IoT monitoring alarm. */
    MONITORING_ALARM
}
