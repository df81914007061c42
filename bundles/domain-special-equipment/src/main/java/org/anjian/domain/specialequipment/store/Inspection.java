package org.anjian.domain.specialequipment.store;

import java.time.Instant;
import java.time.LocalDate;

/** One periodic inspection (定期检验) of an equipment (a row of se_inspection). */
public record Inspection(String id, String equipmentId, LocalDate inspectedOn, String result, String inspector,
                         String reportNo, Integer safetyConditionGrade, Instant createdAt, String createdBy) {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
}
