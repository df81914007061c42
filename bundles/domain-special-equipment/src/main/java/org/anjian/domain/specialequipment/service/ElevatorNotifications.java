package org.anjian.domain.specialequipment.service;

import org.anjian.api.events.Notification;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.store.ElevatorEvent;

/** What people are told of an elevator entrapment (困人) or fault. */
public final class ElevatorNotifications {
    private ElevatorNotifications() {
    }

    public static Notification raised(ElevatorEvent event, EquipmentDetail detail) {
        EquipmentView e = detail.equipment();
        String where = (e.equipmentCode() == null ? e.registrationCode() : e.equipmentCode())
                + (e.location() == null ? "" : "（" + e.location() + "）");
        boolean entrapment = ElevatorEvent.ENTRAPMENT.equals(event.kind());
        String title = (entrapment ? "电梯困人报警：" : "电梯故障：") + where;
        return new Notification(SpecialEquipmentModule.ID + ".ELEVATOR_" + event.kind(), event.at(), title,
                event.regionCode(), null, event.enterpriseCreditCode(), null, SpecialEquipmentModule.ID, null,
                entrapment ? Notification.CRITICAL : Notification.WARNING);
    }
}
