package org.anjian.domain.specialequipment.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.anjian.specialequipment}: the register's rules that a bureau may correct. */
@ObjectClassDefinition(name = "Anjian special equipment",
        description = "特种设备: periodic-inspection interval overrides and the due-soon window")
public @interface SpecialEquipmentConfig {
    @AttributeDefinition(description = "Interval overrides, each <category>[;safetyConditionGrade=N[-M]]=<period>,"
            + " the period ISO-8601 (P12M, P2Y) or whole months (12); e.g. 3000=P12M, 2100;safetyConditionGrade=3=P48M")
    String[] intervalOverrides() default {};

    @AttributeDefinition(description = "Days ahead within which an inspection counts as due soon (DUE_SOON)")
    int dueSoonDays() default 30;

    @AttributeDefinition(description = "Deadline of an overdue-inspection hazard, in days after registration")
    int overdueHazardDeadlineDays() default 15;

    @AttributeDefinition(description = "Deadline of an escalated elevator-alarm hazard, in days after registration")
    int alarmHazardDeadlineDays() default 1;
}
