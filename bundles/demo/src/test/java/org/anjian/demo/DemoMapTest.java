package org.anjian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.TransitionRequest;
import org.junit.jupiter.api.Test;

/** The demo county's map: one closed outline per township of regions.csv, and nothing else; history back-dated in order. */
class DemoMapTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTownshipHasOneOutlineOfClosedRingsInsideTheCounty() throws IOException {
        Map<String, String> shapes;
        try (InputStream in = DemoMapTest.class.getResourceAsStream("/demo/townships.geojson")) {
            shapes = DemoMap.geometries(in);
        }
        Set<String> townships;
        try (InputStream in = DemoMapTest.class.getResourceAsStream("/demo/regions.csv")) {
            townships = DemoCsv.read(in).stream().filter(r -> r.get("level").equals("TOWNSHIP"))
                    .map(r -> r.get("code")).collect(Collectors.toSet());
        }
        assertThat(shapes.keySet()).isEqualTo(townships);
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            JsonNode g = JSON.readTree(e.getValue());
            assertThat(g.path("type").asText()).as(e.getKey()).isIn("Polygon", "MultiPolygon");
            JsonNode rings = g.path("type").asText().equals("Polygon") ? g.path("coordinates") : g.path("coordinates").get(0);
            JsonNode outer = rings.get(0);
            assertThat(outer.size()).as(e.getKey()).isGreaterThanOrEqualTo(4);
            assertThat(outer.get(0)).as(e.getKey() + " is closed").isEqualTo(outer.get(outer.size() - 1));
            for (JsonNode p : outer) {
                // the fictional county lies in Zhejiang's coastal longitudes and latitudes
                assertThat(p.get(0).asDouble()).isBetween(118.0, 123.0);
                assertThat(p.get(1).asDouble()).isBetween(27.0, 31.5);
            }
        }
    }

    @Test
    void aFeatureWithoutCodeOrGeometryIsRefused() {
        String noCode = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}}]}";
        String noGeometry = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"330999001000\"},\"geometry\":null}]}";
        for (String doc : List.of(noCode, noGeometry)) {
            assertThatThrownBy(() -> DemoMap.geometries(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IOException.class).hasMessageContaining("townships.geojson");
        }
    }

    @Test
    void backDatedStepsFallEvenlyBetweenRegistrationAndNowInOrder() {
        Instant registered = Instant.parse("2026-09-01T00:00:00Z");
        Instant now = Instant.parse("2026-09-05T00:00:00Z");
        List<TransitionRequest> steps = List.of(TransitionRequest.of(HazardAction.ASSIGN), TransitionRequest.of(HazardAction.START),
                TransitionRequest.of(HazardAction.SUBMIT));
        List<TransitionRequest> timed = DemoRows.timed(steps, registered, now);
        assertThat(timed).extracting(TransitionRequest::action).containsExactly(HazardAction.ASSIGN, HazardAction.START,
                HazardAction.SUBMIT);
        assertThat(timed).extracting(TransitionRequest::at).containsExactly(Instant.parse("2026-09-02T00:00:00Z"),
                Instant.parse("2026-09-03T00:00:00Z"), Instant.parse("2026-09-04T00:00:00Z"));
        assertThat(DemoRows.timed(List.of(), registered, now)).isEmpty();
    }
}
