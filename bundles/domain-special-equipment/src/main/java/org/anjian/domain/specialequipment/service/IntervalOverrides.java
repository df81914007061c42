package org.anjian.domain.specialequipment.service;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anjian.domain.specialequipment.rules.InspectionIntervalPolicy;

/**
 * Parses the {@code intervalOverrides} configuration: entries {@code <key>=<period>} where the key is what
 * {@link InspectionIntervalPolicy#withOverrides(Map)} accepts ({@code 3000} or
 * {@code 2100;safetyConditionGrade=3}) and the period is ISO-8601 ({@code P12M}) or whole months ({@code 12}).
 * The last {@code =} separates key and period.
 */
public final class IntervalOverrides {
    private IntervalOverrides() {
    }

    public static Map<String, Period> parse(String[] entries) {
        Map<String, Period> out = new LinkedHashMap<>();
        if (entries == null) {
            return out;
        }
        for (String raw : entries) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String entry = raw.strip();
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("intervalOverrides entry must be <category>=<period>: " + raw);
            }
            String key = entry.substring(0, eq).strip();
            String value = entry.substring(eq + 1).strip();
            Period period;
            try {
                period = value.matches("[0-9]{1,4}") ? Period.ofMonths(Integer.parseInt(value)) : Period.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("intervalOverrides entry " + raw + ": period must be ISO-8601"
                        + " (P12M) or whole months", e);
            }
            out.put(key, period);
        }
        return out;
    }

    /** The bundled policy with the configured overrides layered on top. */
    public static InspectionIntervalPolicy policy(String[] entries) {
        Map<String, Period> overrides = parse(entries);
        InspectionIntervalPolicy bundled = InspectionIntervalPolicy.bundled();
        return overrides.isEmpty() ? bundled : bundled.withOverrides(overrides);
    }
}
