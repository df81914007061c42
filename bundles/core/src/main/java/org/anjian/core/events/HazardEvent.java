package org.anjian.core.events;

import java.time.Instant;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.Supervision;

/** The JSON event published on every hazard transition (and read back by the console's notifications). */
public record HazardEvent(String type, long hazardId, long version, String enterpriseCreditCode, String regionCode,
                          String action, HazardStatus from, HazardStatus to, Supervision supervision, String actor,
                          Instant at, String enterpriseName, String gridCode, org.anjian.api.hazard.HazardGrade grade) {
}
