package org.anjian.domain.gas.service;

import java.time.Clock;
import java.time.Duration;
import org.anjian.api.spi.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Run by the platform every {@code checkIntervalMinutes}: escalates leak alarms left unhandled. */
@Component(service = ScheduledJob.class, configurationPid = GasConfig.PID)
public class AlarmJob implements ScheduledJob {
    private final AlarmService alarms;
    private volatile Duration interval;

    @Activate
    public AlarmJob(@Reference AlarmService alarms, GasConfig config) {
        this.alarms = alarms;
        modified(config);
    }

    @Modified
    void modified(GasConfig config) {
        this.interval = Duration.ofMinutes(Math.max(1, config.checkIntervalMinutes()));
    }

    @Override
    public String name() {
        return "gas.alarm-escalation";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public String run(Clock clock) {
        int escalated = alarms.escalate(clock.instant());
        return escalated == 0 ? null : escalated + " leak alarms escalated to hazards";
    }
}
