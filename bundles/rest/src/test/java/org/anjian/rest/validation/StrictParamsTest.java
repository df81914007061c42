package org.anjian.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.RiskColour;
import org.junit.jupiter.api.Test;

class StrictParamsTest {
    private final StrictParams params = new StrictParams();

    private <T> ParamConverter<T> converter(Class<T> type, String name) {
        Annotation query = new QueryParam() {
            @Override public String value() { return name; }
            @Override public Class<? extends Annotation> annotationType() { return QueryParam.class; }
        };
        return params.getConverter(type, type, new Annotation[] {query});
    }

    private static void refused(ParamConverter<?> c, String value, String field, String message) {
        assertThatThrownBy(() -> c.fromString(value)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void integersAreWholeNumbersInRange() {
        ParamConverter<Integer> limit = converter(Integer.class, "limit");
        assertThat(limit.fromString("20")).isEqualTo(20);
        assertThat(limit.fromString("-1")).isEqualTo(-1); // the range is the declared constraint's
        assertThat(limit.fromString("")).isNull();
        refused(limit, "abc", "limit", "must be a whole number");
        refused(limit, "1.5", "limit", "must be a whole number");
        refused(limit, " 5", "limit", "must be a whole number");
        refused(limit, "+5", "limit", "must be a whole number");
        refused(limit, "99999999999", "limit", "is out of range");
        ParamConverter<Long> id = converter(long.class, "id");
        assertThat(id.fromString("9007199254740993")).isEqualTo(9007199254740993L);
        refused(id, "99999999999999999999", "id", "is out of range");
    }

    @Test
    void booleansEnumsAndDatesAreExact() {
        ParamConverter<Boolean> overdue = converter(Boolean.class, "overdue");
        assertThat(overdue.fromString("true")).isTrue();
        assertThat(overdue.fromString("false")).isFalse();
        refused(overdue, "TRUE", "overdue", "must be true or false");
        refused(overdue, "1", "overdue", "must be true or false");
        ParamConverter<RiskColour> colour = converter(RiskColour.class, "riskColour");
        assertThat(colour.fromString("RED")).isEqualTo(RiskColour.RED);
        refused(colour, "red", "riskColour", "must be one of RED, ORANGE, YELLOW, BLUE");
        ParamConverter<LocalDate> date = converter(LocalDate.class, "from");
        assertThat(date.fromString("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
        refused(date, "2026-12-01T00:00", "from", "must be an ISO date (yyyy-MM-dd)");
    }

    @Test
    void textIsLeftToJaxRs() {
        assertThat(params.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
