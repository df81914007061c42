package org.anjian.domain.specialequipment.service;

/**
 * Body of {@code POST /elevator-events}: the elevator by {@code equipmentId} or {@code equipmentCode},
 * {@code kind} ENTRAPMENT or FAULT, {@code at} an ISO-8601 instant with offset (2026-06-15T10:00:00+08:00).
 */
public record NewElevatorEvent(String equipmentId, String equipmentCode, String kind, String at, String description) {
}
