package org.anjian.domain.specialequipment.store;

import java.time.Instant;
import java.time.LocalDate;

/** One registered piece of special equipment (a row of se_equipment). */
public record Equipment(String id, String enterpriseCreditCode, String regionCode, String categoryCode,
                        String equipmentCode, String registrationCode, String certificateNo, String location,
                        String maintenanceContractor, String rescueCode, Integer safetyConditionGrade,
                        LocalDate lastInspection, LocalDate nextDue, String status, long version,
                        Instant createdAt, Instant updatedAt) {
    public static final String IN_USE = "IN_USE";
    public static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";

    /** The equipment code, else the registration code, else the id: how the equipment is named in texts. */
    public String label() {
        return equipmentCode != null ? equipmentCode : registrationCode != null ? registrationCode : id;
    }

    public Equipment inspected(LocalDate on, Integer grade, LocalDate due, String newStatus, Instant at) {
        return new Equipment(id, enterpriseCreditCode, regionCode, categoryCode, equipmentCode, registrationCode,
                certificateNo, location, maintenanceContractor, rescueCode, grade, on, due, newStatus, version + 1,
                createdAt, at);
    }
}
