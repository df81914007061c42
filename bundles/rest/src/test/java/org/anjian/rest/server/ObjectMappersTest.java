package org.anjian.rest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.junit.jupiter.api.Test;

class ObjectMappersTest {
    private final ObjectMapper mapper = ObjectMappers.api();

    @Test
    void datesAreIsoStrings() throws Exception {
        NewHazard h = new NewHazard("c", null, null, null, null, null, LocalDate.of(2026, 3, 1),
                null, null, null, null, null, null, null);

        assertThat(mapper.writeValueAsString(h)).contains("\"deadline\":\"2026-03-01\"");
        assertThat(mapper.readValue("{\"deadline\":\"2026-03-01\"}", NewHazard.class).deadline())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void enumsAreReadByName() throws Exception {
        assertThat(mapper.readValue("{\"action\":\"START\"}", TransitionRequest.class))
                .isEqualTo(TransitionRequest.of(HazardAction.START));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"action\":\"START\",\"actor\":\"x\"}", TransitionRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"action\":\"START\"} {}", TransitionRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void enumOrdinalsAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"action\": 4}", TransitionRequest.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"riskColour\": 0}", Enterprise.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
