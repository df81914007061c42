package org.anjian.core.region;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.common.ValidationException;

/**
 * Checks a region outline: a GeoJSON {@code Polygon} or {@code MultiPolygon} of closed rings of at least four
 * longitude/latitude positions, and nothing else. Returns the geometry re-written compactly.
 */
public final class GeoJsonGeometry {
    public static final int MAX_LENGTH = 200_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonGeometry() {
    }

    public static String check(String field, String json) {
        if (json == null || json.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        JsonNode g;
        try {
            g = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException(field, "is not JSON");
        }
        if (g == null || !g.isObject()) {
            throw new ValidationException(field, "must be a GeoJSON geometry object");
        }
        String type = g.path("type").asText();
        JsonNode coordinates = g.path("coordinates");
        if (!coordinates.isArray() || coordinates.isEmpty()) {
            throw new ValidationException(field + ".coordinates", "must be a non-empty array");
        }
        switch (type) {
            case "Polygon" -> polygon(field + ".coordinates", coordinates);
            case "MultiPolygon" -> {
                for (int i = 0; i < coordinates.size(); i++) {
                    polygon(field + ".coordinates[" + i + "]", coordinates.get(i));
                }
            }
            default -> throw new ValidationException(field + ".type", "must be Polygon or MultiPolygon");
        }
        String compact = MAPPER.createObjectNode().put("type", type).set("coordinates", coordinates).toString();
        if (compact.length() > MAX_LENGTH) {
            throw new ValidationException(field, "is longer than " + MAX_LENGTH + " characters");
        }
        return compact;
    }

    private static void polygon(String field, JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new ValidationException(field, "must be an array of linear rings");
        }
        for (int r = 0; r < rings.size(); r++) {
            JsonNode ring = rings.get(r);
            String at = field + "[" + r + "]";
            if (!ring.isArray() || ring.size() < 4) {
                throw new ValidationException(at, "must be a ring of at least 4 positions");
            }
            for (int p = 0; p < ring.size(); p++) {
                position(at + "[" + p + "]", ring.get(p));
            }
            if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw new ValidationException(at, "must be closed (its last position equals its first)");
            }
        }
    }

    private static void position(String field, JsonNode p) {
        if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new ValidationException(field, "must be [longitude, latitude]");
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new ValidationException(field, "is outside longitude -180..180, latitude -90..90");
        }
    }
}
