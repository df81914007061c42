package org.anjian.core.osgi;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.spi.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** The overdue check of the hazard loop (逾期 → 督办 → 挂牌督办): soon after start, then every configured interval. */
@Component(service = ScheduledJob.class, configurationPid = "org.anjian.hazard")
public class OverdueEscalationJob implements ScheduledJob {
    private final HazardService hazards;
    private volatile Duration interval;

    @Activate
    public OverdueEscalationJob(@Reference HazardService hazards, HazardConfig config) {
        this.hazards = hazards;
        modified(config);
    }

    @Modified
    void modified(HazardConfig config) {
        interval = Duration.ofMinutes(Math.max(1, config.escalationIntervalMinutes()));
    }

    @Override
    public String name() {
        return "hazard.overdue-escalation";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration firstRun() {
        return Duration.ZERO;
    }

    @Override
    public String run(Clock clock) {
        int changed = hazards.escalateOverdue(LocalDate.now(clock));
        return changed > 0 ? "raised the supervision of " + changed + " hazards" : null;
    }
}
