package org.anjian.domain.specialequipment.service;

import java.util.List;
import org.anjian.domain.specialequipment.store.Inspection;

/**
 * Answer of {@code POST /equipment/{id}/inspections}: the inspection, the equipment after it, and the ids
 * of the overdue hazards the inspection closed.
 */
public record InspectionResult(Inspection inspection, EquipmentView equipment, List<Long> closedHazards) {
    public InspectionResult {
        closedHazards = List.copyOf(closedHazards);
    }

    /** The new inspection's id: its URI is {@code /equipment/{id}/inspections/{inspectionId}}. */
    public String inspectionId() {
        return inspection.id();
    }
}
