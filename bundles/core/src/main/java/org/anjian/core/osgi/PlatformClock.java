package org.anjian.core.osgi;

import java.time.Clock;
import java.time.ZoneId;

/** The platform's clock: deadlines and "today" are in the bureau's time zone (Asia/Shanghai by default). */
public final class PlatformClock {
    private PlatformClock() {
    }

    public static Clock get() {
        String zone = System.getProperty("anjian.timezone", System.getenv().getOrDefault("ANJIAN_TIMEZONE", "Asia/Shanghai"));
        return Clock.system(ZoneId.of(zone));
    }
}
