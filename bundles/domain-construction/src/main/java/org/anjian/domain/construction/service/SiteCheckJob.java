package org.anjian.domain.construction.service;

import java.time.Clock;
import java.time.Duration;
import org.anjian.api.spi.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Run by the platform every {@code checkIntervalMinutes}: certificates expire with the days, not only with writes. */
@Component(service = ScheduledJob.class, configurationPid = ConstructionConfig.PID)
public class SiteCheckJob implements ScheduledJob {
    private final SiteChecks checks;
    private volatile Duration interval;

    @Activate
    public SiteCheckJob(@Reference SiteChecks checks, ConstructionConfig config) {
        this.checks = checks;
        modified(config);
    }

    @Modified
    void modified(ConstructionConfig config) {
        this.interval = Duration.ofMinutes(Math.max(1, config.checkIntervalMinutes()));
    }

    @Override
    public String name() {
        return "construction.site-checks";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration firstRun() {
        return Duration.ofMinutes(1);
    }

    @Override
    public String run(Clock clock) {
        int registered = checks.checkAll();
        return registered == 0 ? null : registered + " site hazards registered";
    }
}
