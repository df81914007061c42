package org.anjian.domain.specialequipment.service;

import java.util.List;
import org.anjian.domain.specialequipment.store.Inspection;
import org.anjian.domain.specialequipment.store.OverdueHazard;

/** {@code GET /equipment/{id}}: the equipment, its inspections (newest first) and its overdue hazards. */
public record EquipmentDetail(EquipmentView equipment, List<Inspection> inspections,
                              List<OverdueHazard> overdueHazards) {
    public EquipmentDetail {
        inspections = List.copyOf(inspections);
        overdueHazards = List.copyOf(overdueHazards);
    }
}
