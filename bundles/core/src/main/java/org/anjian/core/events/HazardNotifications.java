package org.anjian.core.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.anjian.api.events.Notification;

/** Turns the platform's hazard events ({@link HazardEvent} as JSON) into notifications for people. */
public final class HazardNotifications {
    private HazardNotifications() {
    }

    /** How old a step may be and still be news: older ones are history being imported, not something happening. */
    public static final java.time.Duration NEWS = java.time.Duration.ofMinutes(10);

    public static Optional<Notification> of(JsonNode event) {
        return of(event, Instant.now());
    }

    static Optional<Notification> of(JsonNode event, Instant now) {
        String action = event.path("action").asText("");
        String enterprise = text(event, "enterpriseName");
        String who = enterprise == null ? text(event, "enterpriseCreditCode") : enterprise;
        boolean major = "MAJOR".equals(text(event, "grade"));
        String grade = major ? "重大隐患" : "一般隐患";
        String title;
        String severity;
        switch (action) {
            case "REGISTER" -> {
                title = "新登记" + grade + "：" + who;
                severity = major ? Notification.WARNING : Notification.INFO;
            }
            case "ASSIGN" -> {
                title = grade + "已交办整改：" + who;
                severity = Notification.INFO;
            }
            case "START" -> {
                title = "隐患开始整改：" + who;
                severity = Notification.INFO;
            }
            case "SUBMIT" -> {
                title = "隐患整改完成，待复查：" + who;
                severity = Notification.INFO;
            }
            case "ACCEPT" -> {
                title = "隐患复查通过，已销号：" + who;
                severity = Notification.INFO;
            }
            case "REJECT" -> {
                title = "隐患复查未通过，退回整改：" + who;
                severity = Notification.WARNING;
            }
            case "SUPERVISE" -> {
                title = "隐患逾期未整改，已督办：" + who;
                severity = Notification.WARNING;
            }
            case "LIST" -> {
                title = "隐患逾期，已挂牌督办：" + who;
                severity = Notification.CRITICAL;
            }
            default -> {
                return Optional.empty();
            }
        }
        String region = text(event, "regionCode");
        if (region == null) {
            return Optional.empty();
        }
        Instant at = Optional.ofNullable(text(event, "at")).map(Instant::parse).orElse(now);
        if (at.isBefore(now.minus(NEWS))) {
            return Optional.empty();
        }
        long hazardId = event.path("hazardId").asLong();
        return Optional.of(new Notification("HAZARD_" + action, at, title, region, text(event, "gridCode"),
                text(event, "enterpriseCreditCode"), hazardId, null, null, severity));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
