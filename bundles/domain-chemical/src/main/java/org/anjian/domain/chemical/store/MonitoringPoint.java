package org.anjian.domain.chemical.store;

/** 监测点位: a sensor of an enterprise (optionally of one of its major hazard sources) with alarm limits. */
public record MonitoringPoint(String id, String enterpriseCreditCode, String regionCode, String sourceId, String tag,
                              String name, String kind, String unit, Double lowLimit, Double highLimit) {
}
