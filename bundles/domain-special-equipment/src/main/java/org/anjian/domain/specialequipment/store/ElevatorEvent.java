package org.anjian.domain.specialequipment.store;

import java.time.Instant;

/** An elevator entrapment (困人) or fault reported for an elevator (a row of se_elevator_event). */
public record ElevatorEvent(String id, String equipmentId, String enterpriseCreditCode, String regionCode,
                            String kind, Instant at, String description, String status, Instant handledAt,
                            String handledBy, String note, Long hazardId, long version, Instant createdAt,
                            String createdBy) {
    public static final String ENTRAPMENT = "ENTRAPMENT";
    public static final String FAULT = "FAULT";
    public static final String RAISED = "RAISED";
    public static final String HANDLED = "HANDLED";
    public static final String ESCALATED = "ESCALATED";

    public ElevatorEvent handled(Instant when, String by, String handledNote) {
        return new ElevatorEvent(id, equipmentId, enterpriseCreditCode, regionCode, kind, at, description, HANDLED,
                when, by, handledNote, hazardId, version + 1, createdAt, createdBy);
    }

    public ElevatorEvent escalated(long hazard) {
        return new ElevatorEvent(id, equipmentId, enterpriseCreditCode, regionCode, kind, at, description, ESCALATED,
                handledAt, handledBy, note, hazard, version + 1, createdAt, createdBy);
    }
}
