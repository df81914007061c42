package org.anjian.domain.specialequipment.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.validation.MultilineText;

/**
 * Body of {@code POST /elevator-events}: the elevator by {@code equipmentId} or {@code equipmentCode} (both
 * only when they name the same elevator), {@code kind} ENTRAPMENT or FAULT, {@code at} an ISO-8601 instant with
 * offset (2026-06-15T10:00:00+08:00).
 */
public record NewElevatorEvent(@Size(max = 36) String equipmentId, @Size(max = org.anjian.domain.specialequipment.rules.EquipmentCodes.EQUIPMENT_CODE_LENGTH) String equipmentCode,
                               @NotNull @Pattern(regexp = "ENTRAPMENT|FAULT", message = "must be ENTRAPMENT or FAULT")
                               String kind,
                               @NotNull @Size(max = 40) String at,
                               @Size(max = 1000) @MultilineText String description) {
}
