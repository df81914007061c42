package org.anjian.domain.gas.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The gas domain's configuration (PID {@code org.anjian.domain.gas}); every value has its default. */
@ObjectClassDefinition(name = "Anjian urban gas", description = "Cylinder inspection and scrap rules, alarm escalation")
public @interface GasConfig {
    String PID = "org.anjian.domain.gas";

    @AttributeDefinition(name = "First inspection interval (years)", description = "LPG steel cylinders: 4 (DOMAIN.md 1.4 [P])")
    int firstInspectionIntervalYears() default 4;

    @AttributeDefinition(name = "Later inspection interval (years)", description = "after the first inspections: 3 [P]")
    int laterInspectionIntervalYears() default 3;

    @AttributeDefinition(name = "Inspections at the first interval", description = "3 [P]")
    int inspectionsAtFirstInterval() default 3;

    @AttributeDefinition(name = "Cylinder design life (years)", description = "scrap age; 8 is commonly cited [U]")
    int cylinderDesignLifeYears() default 8;

    @AttributeDefinition(name = "Due soon (days)", description = "an inspection or licence ending within it is DUE_SOON / EXPIRING")
    int dueSoonDays() default 30;

    @AttributeDefinition(name = "Leak alarm escalation (minutes)", description = "a LEAK alarm not handled within it becomes a hazard")
    int alarmEscalationMinutes() default 30;

    @AttributeDefinition(name = "Alarm check interval (minutes)")
    int checkIntervalMinutes() default 5;
}
