package org.anjian.core.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian hazard closed loop",
        description = "Overdue escalation: 逾期 → 督办 → 挂牌督办")
public @interface HazardConfig {
    @AttributeDefinition(description = "Days past the deadline after which an open hazard is supervised (督办)")
    int supervisedAfterDaysOverdue() default 1;

    @AttributeDefinition(description = "Days past the deadline after which it is listed (挂牌督办)")
    int listedAfterDaysOverdue() default 30;

    @AttributeDefinition(description = "Minutes between overdue checks")
    int escalationIntervalMinutes() default 60;

    @AttributeDefinition(description = "The largest evidence file (photo or PDF) accepted for a hazard, in bytes")
    long attachmentMaxBytes() default 10485760;
}
