package org.anjian.api.hazard;

import java.time.Instant;

/** One step of a hazard's history: who did what, when, from which status to which, and why. */
public record HazardTransition(Instant at, String actor, String action, HazardStatus from, HazardStatus to,
                               String note) {
}
