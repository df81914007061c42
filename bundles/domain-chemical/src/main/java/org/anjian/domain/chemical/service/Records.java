package org.anjian.domain.chemical.service;

/** Record types in the platform outbox and audit log (prefixed with the module id by the platform). */
public final class Records {
    public static final String PARK = "chemicalPark";
    public static final String MAJOR_HAZARD_SOURCE = "majorHazardSource";
    public static final String WORK_PERMIT = "workPermit";
    public static final String MONITORING_POINT = "monitoringPoint";
    public static final String ALARM = "monitoringAlarm";
    public static final String READINGS = "monitoringReadings";

    private Records() {
    }
}
