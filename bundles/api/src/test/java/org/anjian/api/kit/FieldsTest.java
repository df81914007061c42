package org.anjian.api.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.fields.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FieldsTest {
    enum Status { IN_USE, OUT_OF_SERVICE, SCRAPPED }

    private static void refused(Executable call, String field, String message) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void textsAreStrippedAndBounded() {
        assertThat(Fields.required("name", "  液氯  ", 5)).isEqualTo("液氯");
        assertThat(Fields.optional("note", "   ", 5)).isNull();
        assertThat(Fields.blankToNull(" a ")).isEqualTo("a");
        refused(() -> Fields.required("name", " ", 5), "name", "is required");
        refused(() -> Fields.required("name", "abcdef", 5), "name", "at most 5 characters");
        refused(() -> Fields.body(null), "body", "a JSON body is required");
        refused(() -> Fields.absent("dueOn", LocalDate.now(), "is set by the platform"), "dueOn", "is set by the platform");
    }

    @Test
    void enumsDatesAndInstants() {
        assertThat(Fields.enumValue("status", "in_use", Status.class)).isEqualTo(Status.IN_USE);
        assertThat(Fields.optionalEnum("status", null, Status.class)).isNull();
        refused(() -> Fields.enumValue("status", "BROKEN", Status.class), "status",
                "must be one of IN_USE, OUT_OF_SERVICE, SCRAPPED");
        refused(() -> Fields.oneOf("status", Status.SCRAPPED, Status.IN_USE, Status.OUT_OF_SERVICE), "status",
                "must be IN_USE or OUT_OF_SERVICE");
        assertThat(Fields.instant("at", "2026-06-15T10:00+08:00")).isEqualTo(Instant.parse("2026-06-15T02:00:00Z"));
        assertThat(Fields.instant("at", "2026-06-15T10:00:00+08:00")).isEqualTo(Instant.parse("2026-06-15T02:00:00Z"));
        refused(() -> Fields.instant("at", "2026-06-15T10:00:00"), "at",
                "must be an ISO-8601 date-time with offset, e.g. 2026-06-15T10:00:00+08:00");
        assertThat(Fields.date("on", "2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        refused(() -> Fields.date("on", "2026-02-30"), "on", "must be a date yyyy-MM-dd");
        refused(() -> Fields.date("on", null), "on", "is required");
    }

    @Test
    void theFutureIsJudgedByTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-15T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(Fields.notInFuture("on", LocalDate.of(2026, 6, 16), clock)).isEqualTo(LocalDate.of(2026, 6, 16));
        refused(() -> Fields.notInFuture("on", LocalDate.of(2026, 6, 17), clock), "on", "must not be in the future");
        refused(() -> Fields.notInFuture("at", Instant.parse("2026-06-15T16:30:01Z"), clock), "at",
                "must not be in the future");
    }

    @Test
    void numbersAndParameters() {
        assertThat(Fields.finite("x", 1.5)).isEqualTo(1.5);
        refused(() -> Fields.finite("x", Double.NaN), "x", "is required (a finite number)");
        assertThat(Fields.optionalFinite("x", null)).isNull();
        refused(() -> Fields.range("days", 91, 0, 90), "days", "must be between 0 and 90");
        assertThat(Fields.intParam("limit", " 20 ")).isEqualTo(20);
        refused(() -> Fields.intParam("limit", "2O"), "limit", "must be a whole number");
        assertThat(Fields.boolParam("overdue", "TRUE")).isTrue();
        refused(() -> Fields.boolParam("overdue", "yes"), "overdue", "must be true or false");
    }
}
