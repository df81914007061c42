package org.anjian.domain.chemical.service;

import org.anjian.api.events.Notification;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.store.Alarm;

/** What people are told of a monitoring alarm (监测报警). */
public final class AlarmNotifications {
    private AlarmNotifications() {
    }

    public static Notification raised(Alarm a) {
        String beyond = Alarm.HIGH.equals(a.direction()) ? "超上限" : "低于下限";
        String title = "监测报警：" + a.pointName() + "（" + a.pointTag() + "）" + beyond + "，读数 "
                + number(a.value()) + (a.unit() == null ? "" : " " + a.unit()) + "，限值 " + number(a.limitValue());
        return new Notification(ChemicalModule.ID + ".ALARM_RAISED", a.raisedAt(), title, a.regionCode(), null,
                a.enterpriseCreditCode(), null, ChemicalModule.ID, null, Notification.CRITICAL);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
