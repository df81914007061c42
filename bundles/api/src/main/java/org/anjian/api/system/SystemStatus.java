package org.anjian.api.system;

import java.util.Map;

/** Health of one part of the platform: up or not, with details for operators. */
public record SystemStatus(String component, boolean up, Map<String, Object> details) {
    public SystemStatus {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
