package org.anjian.domain.specialequipment.store;

import java.time.Instant;
import java.time.LocalDate;

/** The hazard registered for one missed due date of one equipment (a row of se_overdue_hazard). */
public record OverdueHazard(String equipmentId, LocalDate dueDate, long hazardId, boolean closed, Instant createdAt) {
}
