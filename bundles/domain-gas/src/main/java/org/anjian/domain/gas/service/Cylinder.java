package org.anjian.domain.gas.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A cylinder by its permanent code (一瓶一码): its owner (产权单位, the operator), dates, whether it is in service,
 * where it is (EMPTY at the station, FILLED, AT_USER with {@code holderUserId}) and its inspection state today.
 */
public record Cylinder(String code, String enterpriseCreditCode, LocalDate manufacturedOn, LocalDate lastInspectedOn,
                       int inspections, LocalDate nextInspectionDue, LocalDate scrapDue, String status, String state,
                       String holderUserId, String inspection, long version, Instant createdAt) {
}
