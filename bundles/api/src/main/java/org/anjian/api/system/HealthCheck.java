package org.anjian.api.system;

import org.osgi.annotation.versioning.ConsumerType;

/** A part of the platform that can say whether it is up (persistence, broker, ...). Whiteboard service. */
@ConsumerType
public interface HealthCheck {
    SystemStatus check();
}
