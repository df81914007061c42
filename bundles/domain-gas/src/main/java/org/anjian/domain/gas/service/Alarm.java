package org.anjian.domain.gas.service;

import java.time.Instant;

/** A device alarm of a gas user and how it was handled; {@code hazardId} once an unhandled leak became a hazard. */
public record Alarm(String id, String userId, String userName, String enterpriseCreditCode, String regionCode, String kind,
                    Instant raisedAt, String status, Instant handledAt, String handledBy, String note, Long hazardId) {
}
