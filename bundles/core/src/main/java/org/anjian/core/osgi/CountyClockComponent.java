package org.anjian.core.osgi;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The county's clock, in the zone configured under PID {@code org.anjian.county} (default: env ANJIAN_TIMEZONE). */
@Component(service = CountyClock.class, configurationPid = CountyClockComponent.PID)
@Designate(ocd = CountyClockComponent.Config.class)
public class CountyClockComponent implements CountyClock {
    public static final String PID = "org.anjian.county";
    private static final Logger LOG = LoggerFactory.getLogger(CountyClockComponent.class);

    @ObjectClassDefinition(name = "Anjian county", description = "The county's time zone: today, deadlines, due dates")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "An IANA zone id; empty: env ANJIAN_TIMEZONE or Asia/Shanghai")
        String zone() default "";
    }

    private Clock clock = PlatformClock.get();

    /** A changed zone re-activates this component, and with it every component that holds the clock. */
    @Activate
    public CountyClockComponent(Config config) {
        String zone = config.zone() == null ? "" : config.zone().strip();
        if (zone.isEmpty()) {
            clock = PlatformClock.get();
            return;
        }
        try {
            clock = Clock.system(ZoneId.of(zone));
        } catch (DateTimeException e) {
            LOG.error("{}: zone '{}' is not a time zone; keeping {}", PID, zone, clock.getZone());
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
