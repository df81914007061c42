package org.anjian.rest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.core.Response;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.validation.MultilineText;
import org.anjian.rest.errors.ApiError;
import org.anjian.rest.errors.JsonExceptionMapper;
import org.anjian.rest.server.ObjectMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strict input pipeline on the mistyped inputs an outside fuzzer found accepted (issue 9, item 3): each one
 * is refused with a 400 naming the field, through the API's own mapper and error mapping.
 */
class StrictInputTest {
    private static final ObjectMapper MAPPER = ObjectMappers.api();
    private static final JsonExceptionMapper ERRORS = new JsonExceptionMapper();

    /** A request type like the domains' own. */
    public record Sample(String name, Integer exposedPopulation, Double quantityTonnes, Boolean active,
                         LocalDate validOn, Instant at, @MultilineText String note, List<String> tags) {
    }

    private static ApiError refused(String json, Class<?> type) {
        try {
            Object value = MAPPER.readValue(json, type);
            throw new AssertionError("accepted " + json + " as " + value);
        } catch (JsonProcessingException e) {
            Response r = ERRORS.toResponse(e);
            assertThat(r.getStatus()).as(json).isEqualTo(400);
            return (ApiError) r.getEntity();
        }
    }

    @ParameterizedTest(name = "{0} is refused naming {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\":12345}                          | name              | must be a string",
            "{\"name\":true}                           | name              | must be a string",
            "{\"name\":{\"a\":1}}                      | name              | must be a string",
            "{\"exposedPopulation\":1.5}               | exposedPopulation | must be a whole number",
            "{\"exposedPopulation\":\"12\"}            | exposedPopulation | must be a whole number",
            "{\"exposedPopulation\":3000000000}        | exposedPopulation | is out of range",
            "{\"quantityTonnes\":\"1.5\"}              | quantityTonnes    | must be a number",
            "{\"active\":1}                            | active            | must be true or false",
            "{\"active\":\"true\"}                     | active            | must be true or false",
            "{\"validOn\":\"2026-12-01T10:00:00\"}     | validOn           | must be an ISO date (yyyy-MM-dd)",
            "{\"validOn\":\"2026-02-30\"}              | validOn           | must be an ISO date (yyyy-MM-dd)",
            "{\"validOn\":[2026,12,1]}                 | validOn           | must be an ISO date (yyyy-MM-dd)",
            "{\"validOn\":20261201}                    | validOn           | must be an ISO date (yyyy-MM-dd)",
            "{\"validOn\":\"\"}                        | validOn           | must be an ISO date (yyyy-MM-dd)",
            "{\"at\":1764576000}                       | at                | must be an ISO date-time with offset (2026-12-01T08:00:00+08:00 or ...Z)",
            "{\"at\":\"2026-12-01T08:00:00\"}          | at                | must be an ISO date-time with offset (2026-12-01T08:00:00+08:00 or ...Z)",
            "{\"tags\":\"one\"}                        | tags              | must be a list",
            "{\"tags\":[1]}                            | tags[0]           | must be a string",
    })
    void mistypedValuesAreRefused(String json, String field, String message) {
        ApiError e = refused(json, Sample.class);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.message()).isEqualTo(field + ": " + message);
        assertThat(e.message()).doesNotContain("java.", "Integer", "Double", "String value");
    }

    @Test
    void theIssuesOwnExamplesOnThePlatformsTypes() {
        assertThat(refused("{\"name\":12345}", Enterprise.class).field()).isEqualTo("name");
        assertThat(refused("{\"version\":1.5}", Enterprise.class).field()).isEqualTo("version");
        assertThat(refused("{\"action\":\"START\",\"note\":5}", TransitionRequest.class).field()).isEqualTo("note");
        assertThat(refused("{\"deadline\":\"2026-12-01T10:00:00Z\"}", NewHazard.class).field()).isEqualTo("deadline");
        assertThat(refused("{\"action\":\"start\"}", TransitionRequest.class).message())
                .isEqualTo("action: must be one of ASSIGN, START, SUBMIT, ACCEPT, REJECT");
        assertThat(refused("{\"riskColour\":\"\"}", Enterprise.class).field()).isEqualTo("riskColour");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirPath() {
        ApiError top = refused("{\"name\":\"a\",\"name\":\"b\"}", Sample.class);
        assertThat(top.code()).isEqualTo("DUPLICATE_KEY");
        assertThat(top.field()).isEqualTo("name");
        ApiError nested = refused("{\"guarantors\":[{\"name\":\"a\"},{\"name\":\"b\",\"phone\":\"1\",\"phone\":\"2\"}]}",
                Enterprise.class);
        assertThat(nested.field()).isEqualTo("guarantors[1].phone");
        assertThat(nested.message()).isEqualTo("guarantors[1].phone: appears more than once");
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInMultilineFields() throws Exception {
        assertThat(refused("{\"name\":\"示范\\u0000公司\"}", Sample.class).message())
                .isEqualTo("name: contains control character U+0000 at position 3");
        assertThat(refused("{\"name\":\"a\\tb\"}", Sample.class).message())
                .isEqualTo("name: contains control character U+0009 at position 2 (a single-line field)");
        assertThat(refused("{\"name\":\"a\\u007fb\"}", Sample.class).field()).isEqualTo("name");
        assertThat(refused("{\"name\":\"a\\u0085b\"}", Sample.class).field()).isEqualTo("name");
        assertThat(refused("{\"name\":\"a\\ud800b\"}", Sample.class).message()).contains("lone surrogate");
        assertThat(refused("{\"name\":\"a\\uffffb\"}", Sample.class).field()).isEqualTo("name");
        assertThat(refused("{\"tags\":[\"ok\",\"b\\u0001\"]}", Sample.class).field()).isEqualTo("tags[1]");
        assertThat(refused("{\"note\":\"a\\u0000\"}", Sample.class).field()).isEqualTo("note");
        // multi-line text keeps its breaks; CJK and characters beyond the BMP are text
        Sample ok = MAPPER.readValue("{\"name\":\"示范县𠀀化工\",\"note\":\"第一行\\n第二行\\r\\n\\t缩进\"}", Sample.class);
        assertThat(ok.note()).isEqualTo("第一行\n第二行\r\n\t缩进");
        assertThat(ok.name()).isEqualTo("示范县𠀀化工");
        assertThat(refused("{\"description\":\"a\\u0000\"}", NewHazard.class).field()).isEqualTo("description");
        assertThat(MAPPER.readValue("{\"description\":\"行一\\n行二\"}", NewHazard.class).description())
                .isEqualTo("行一\n行二");
        assertThat(refused("{\"name\":\"a\\nb\"}", Enterprise.class).field()).isEqualTo("name");
    }

    @Test
    void whatIsValidStaysValid() throws Exception {
        Sample s = MAPPER.readValue("{\"name\":\"x\",\"exposedPopulation\":12,\"quantityTonnes\":20,\"active\":false,"
                + "\"validOn\":\"2026-12-01\",\"at\":\"2026-12-01T08:00:00+08:00\",\"tags\":[]}", Sample.class);
        assertThat(s.quantityTonnes()).isEqualTo(20.0);
        assertThat(s.at()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(MAPPER.readValue("null", Sample.class)).isNull(); // a null body: the REST layer's @NotNull refuses it
        assertThat(MAPPER.readValue("{\"at\":\"2026-12-01T00:00:00Z\"}", Sample.class).at())
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }
}
