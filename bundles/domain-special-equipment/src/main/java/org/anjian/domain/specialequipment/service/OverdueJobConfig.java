package org.anjian.domain.specialequipment.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code org.anjian.specialequipment.job}: how often the overdue and escalation checks run. */
@ObjectClassDefinition(name = "Anjian special equipment checks",
        description = "Overdue periodic inspections and unhandled elevator entrapments")
public @interface OverdueJobConfig {
    @AttributeDefinition(description = "Minutes between checks")
    int intervalMinutes() default 60;

    @AttributeDefinition(description = "Minutes after which an unhandled elevator entrapment (困人) escalates to a hazard")
    int entrapmentEscalationMinutes() default 30;

    @AttributeDefinition(description = "Minutes after activation before the first check")
    int initialDelayMinutes() default 1;
}
