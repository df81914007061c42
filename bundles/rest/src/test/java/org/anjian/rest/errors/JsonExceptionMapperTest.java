package org.anjian.rest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.rest.server.ObjectMappers;
import org.junit.jupiter.api.Test;

/** Real Jackson failures from the API's own ObjectMapper, mapped to 400s that name the field. */
class JsonExceptionMapperTest {
    private static final ObjectMapper MAPPER = ObjectMappers.api();
    private final JsonExceptionMapper mapper = new JsonExceptionMapper();

    private static JsonProcessingException failureOf(String json, Class<?> type) {
        try {
            Object value = MAPPER.readValue(json, type);
            throw new AssertionError("expected Jackson to refuse " + json + " but it gave " + value);
        } catch (JsonProcessingException e) {
            return e;
        }
    }

    private static ApiError error(Response response) {
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.getEntity()).isInstanceOf(ApiError.class);
        return (ApiError) response.getEntity();
    }

    @Test
    void malformedJsonIsMalformed() {
        Response r = mapper.toResponse(failureOf("{\"name\": abc}", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("MALFORMED_JSON");
        assertThat(e.message()).startsWith("body: is not valid JSON");
        assertThat(e.field()).isEqualTo("body");
        assertThat(e.allowed()).isNull();
    }

    @Test
    void truncatedJsonIsMalformed() {
        JsonProcessingException failure = failureOf("{\"name\": \"abc", Enterprise.class);

        Response r = mapper.toResponse(failure);

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("MALFORMED_JSON");
        assertThat(e.field()).isEqualTo("body");
    }

    @Test
    void truncatedInsideANestedArrayIsMalformed() {
        Response r = mapper.toResponse(failureOf("{\"guarantors\": [{\"name\": \"张", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(error(r).code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void aSyntaxErrorWrappedByDataBindingIsStillMalformed() {
        JsonMappingException wrapped = JsonMappingException.wrapWithPath(
                new JsonParseException(null, "Unexpected end-of-input"), Enterprise.class, "name");

        Response r = mapper.toResponse(wrapped);

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("MALFORMED_JSON");
        assertThat(e.message()).contains("Unexpected end-of-input");
    }

    @Test
    void unknownFieldIsNamed() {
        Response r = mapper.toResponse(failureOf("{\"creditCode\": \"x\", \"colour\": \"RED\"}", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("colour");
        assertThat(e.message()).isEqualTo("colour: unknown field");
    }

    @Test
    void unknownFieldInsideANestedRecordGetsItsPath() {
        Response r = mapper.toResponse(failureOf(
                "{\"guarantors\": [{\"name\": \"a\"}, {\"name\": \"b\", \"mobile\": \"1\"}]}", Enterprise.class));

        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("guarantors[1].mobile");
    }

    @Test
    void wrongEnumValueNamesTheField() {
        Response r = mapper.toResponse(failureOf("{\"riskColour\": \"PURPLE\"}", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("riskColour");
        assertThat(e.message()).isEqualTo("riskColour: must be one of RED, ORANGE, YELLOW, BLUE")
                .doesNotContain("org.anjian");
    }

    @Test
    void wrongEnumValueOnATransitionNamesTheAction() {
        Response r = mapper.toResponse(failureOf("{\"action\": \"CLOSE\"}", TransitionRequest.class));

        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("action");
    }

    @Test
    void impossibleDateNamesTheField() {
        Response r = mapper.toResponse(failureOf(
                "{\"enterpriseCreditCode\": \"91330999MA4YPG4G19\", \"deadline\": \"2026-13-40\"}", NewHazard.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("deadline");
        assertThat(e.message()).isEqualTo("deadline: must be an ISO date (yyyy-MM-dd)").doesNotContain("java.");
    }

    @Test
    void nestedWrongTypeGetsAnIndexedPath() {
        Response r = mapper.toResponse(failureOf(
                "{\"guarantors\": [{\"name\": {\"family\": \"张\"}}]}", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("guarantors[0].name");
        assertThat(e.message()).isEqualTo("guarantors[0].name: must be a string");
    }

    @Test
    void wrongTypeInAListOfStringsGetsTheIndex() {
        Response r = mapper.toResponse(failureOf(
                "{\"supervisingDepartments\": [\"应急管理局\", {\"x\": 1}]}", Enterprise.class));

        assertThat(error(r).field()).isEqualTo("supervisingDepartments[1]");
    }

    @Test
    void wrongTopLevelShapeNamesTheBody() {
        Response r = mapper.toResponse(failureOf("[1, 2]", Enterprise.class));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INVALID_JSON");
        assertThat(e.field()).isEqualTo("body");
    }

    @Test
    void anOversizedBodySurfacingThroughDataBindingIs413() {
        JsonMappingException wrapped = new JsonMappingException(null, "read failed", new PayloadTooLargeException(1024));

        Response r = mapper.toResponse(wrapped);

        assertThat(r.getStatus()).isEqualTo(413);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(e.message()).contains("1024");
    }
}
