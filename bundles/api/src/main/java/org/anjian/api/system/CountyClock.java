package org.anjian.api.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The county's clock: "today", deadlines and due dates are days in the bureau's time zone (Asia/Shanghai unless
 * configured otherwise, ConfigAdmin PID {@code org.anjian.county}, key {@code zone}, env {@code ANJIAN_TIMEZONE}).
 * Modules take it as a service instead of building their own clock.
 */
@ProviderType
public interface CountyClock {
    /** A clock in the county's zone. */
    Clock clock();

    default ZoneId zone() {
        return clock().getZone();
    }

    default Instant now() {
        return clock().instant();
    }

    default LocalDate today() {
        return LocalDate.now(clock());
    }
}
