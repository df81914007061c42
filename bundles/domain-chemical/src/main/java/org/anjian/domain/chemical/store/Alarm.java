package org.anjian.domain.chemical.store;

import java.time.Instant;

/**
 * 监测报警: a reading beyond a point's limit; RAISED until HANDLED (or ESCALATED to a hazard, and then HANDLED).
 * {@code version} counts its changes (1 when raised): it is part of its exchange idempotency key.
 */
public record Alarm(String id, String pointId, String pointTag, String pointName, String unit,
                    String enterpriseCreditCode, String regionCode, Instant raisedAt, double value, double limitValue,
                    String direction, String status, Instant handledAt, String handledBy, String note, Long hazardId,
                    long version) {
    /** The states of an alarm, for filters. */
    public enum Status { RAISED, HANDLED, ESCALATED }

    public static final String RAISED = "RAISED";
    public static final String HANDLED = "HANDLED";
    public static final String ESCALATED = "ESCALATED";
    public static final String HIGH = "HIGH";
    public static final String LOW = "LOW";
}
