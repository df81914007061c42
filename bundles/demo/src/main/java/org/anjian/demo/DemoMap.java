package org.anjian.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the demo county's township outlines (a GeoJSON FeatureCollection whose features carry {@code code}). */
final class DemoMap {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoMap() {
    }

    static Map<String, String> geometries(InputStream geojson) throws IOException {
        JsonNode doc = JSON.readTree(geojson);
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode f : doc.path("features")) {
            String code = f.path("properties").path("code").asText(null);
            if (code == null || !f.hasNonNull("geometry")) {
                throw new IOException("a feature of townships.geojson has no code or no geometry");
            }
            out.put(code, f.get("geometry").toString());
        }
        return out;
    }
}
