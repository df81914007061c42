package org.anjian.domain.gas.service;

import java.time.Instant;

/** One step of a cylinder's life, with the station and user names for its trace. */
public record CylinderEvent(String id, String cylinderCode, String type, Instant at, String stationId, String stationName,
                            Double weightKg, String person, String userId, String userName, String result, String note) {
}
