package org.anjian.api.events;

import java.time.Instant;
import javax.validation.constraints.NotNull;

/**
 * A notification for users: a hazard registered, assigned, escalated (督办, 挂牌督办) or closed, or a domain's alarm.
 *
 * @param type                 {@code HAZARD_REGISTER}, {@code HAZARD_ASSIGN}, {@code HAZARD_SUPERVISE}, ...,
 *                             or a domain's ({@code chemical.ALARM_RAISED})
 * @param at                   when it happened
 * @param title                a line for a person, in Chinese
 * @param regionCode           where (scopes who is told)
 * @param gridCode             the grid, when known
 * @param enterpriseCreditCode the enterprise concerned
 * @param hazardId             the hazard, when it is about one
 * @param moduleId             the domain module, when it is a domain's
 * @param industryCode         the enterprise's industry (scopes a sub-committee officer), filled in by the platform
 *                             from the registry when a publisher leaves it out
 * @param severity             {@code INFO}, {@code WARNING} or {@code CRITICAL}
 */
public record Notification(@NotNull String type, @NotNull Instant at, @NotNull String title, @NotNull String regionCode,
                           String gridCode, String enterpriseCreditCode, Long hazardId, String moduleId,
                           String industryCode, @NotNull String severity) {
    public static final String INFO = "INFO";
    public static final String WARNING = "WARNING";
    public static final String CRITICAL = "CRITICAL";

    public Notification {
        severity = severity == null ? INFO : severity;
    }

    /** This notification with the industry filled in. */
    public Notification withIndustry(String industry) {
        return new Notification(type, at, title, regionCode, gridCode, enterpriseCreditCode, hazardId, moduleId,
                industry, severity);
    }
}
