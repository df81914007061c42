package org.anjian.api.system;

/** A part of the platform that can say whether it is up (persistence, broker, ...). Whiteboard service. */
public interface HealthCheck {
    SystemStatus check();
}
