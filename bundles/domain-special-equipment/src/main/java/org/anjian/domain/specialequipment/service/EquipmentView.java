package org.anjian.domain.specialequipment.service;

import java.time.Instant;
import java.time.LocalDate;
import org.anjian.domain.specialequipment.store.Equipment;

/**
 * An equipment as the API shows it: the stored fields, the category name and the inspection status on
 * the day it was read (OK, DUE_SOON, OVERDUE, NEVER_INSPECTED, NOT_USABLE, MONITORED, NO_RULE) plus
 * OUT_OF_SERVICE for equipment taken out of use.
 */
public record EquipmentView(String id, String enterpriseCreditCode, String regionCode, String categoryCode,
                            String categoryName, String equipmentCode, String registrationCode, String certificateNo,
                            String location, String maintenanceContractor, String rescueCode,
                            Integer safetyConditionGrade, LocalDate lastInspection, LocalDate nextDue, String status,
                            String inspectionStatus, long version, Instant createdAt, Instant updatedAt) {

    static EquipmentView of(Equipment e, String categoryName, String inspectionStatus) {
        return new EquipmentView(e.id(), e.enterpriseCreditCode(), e.regionCode(), e.categoryCode(), categoryName,
                e.equipmentCode(), e.registrationCode(), e.certificateNo(), e.location(), e.maintenanceContractor(),
                e.rescueCode(), e.safetyConditionGrade(), e.lastInspection(), e.nextDue(), e.status(),
                inspectionStatus, e.version(), e.createdAt(), e.updatedAt());
    }
}
