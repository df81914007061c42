package org.anjian.api.spi;

import java.time.Clock;
import java.time.Duration;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A job the platform runs on a schedule (whiteboard): a module registers it as a service and the platform runs it
 * first after {@link #firstRun()}, then again {@link #interval()} after each run ends, never twice at once. The
 * interval is read again after every run, so a configuration change ({@code @Modified}) takes effect with the next
 * run. A run that throws is logged and simply repeated at the next run: a job must be safe to repeat.
 */
@ConsumerType
public interface ScheduledJob {
    /** Unique among jobs, e.g. {@code special-equipment.overdue-inspections}; shown in the health report. */
    String name();

    /** The pause between the end of one run and the start of the next; at least one second is used. */
    Duration interval();

    /** The pause before the first run after the job appears. */
    default Duration firstRun() {
        return interval();
    }

    /**
     * One run. {@code clock} is the county's clock; the result is a short summary for the health report (e.g. "3
     * hazards registered"), or null when there was nothing to do.
     */
    String run(Clock clock) throws Exception;
}
