package org.anjian.domain.gas.service;

import javax.validation.constraints.Size;

/**
 * Body of {@code POST /cylinders/{code}/events}: the type, when (ISO instant), and what the type needs: FILL a station of
 * the owner, the weight and the filler; DELIVER the user and the deliverer; INSPECT the result and the inspector.
 */
public record NewCylinderEvent(Kinds.EventType type, String at, @Size(max = 36) String stationId, Double weightKg,
                               @Size(max = 50) String person, @Size(max = 36) String userId,
                               Kinds.InspectionResult result, @Size(max = 500) String note) {
}
