package org.anjian.api.region;

import javax.validation.constraints.NotNull;

/**
 * The outline of a region for the county map (一张图).
 *
 * @param code     the region
 * @param name     its name
 * @param level    its level
 * @param geometry a GeoJSON geometry ({@code Polygon} or {@code MultiPolygon}, WGS 84 longitude/latitude) as JSON text
 */
public record RegionShape(@NotNull String code, @NotNull String name, @NotNull RegionLevel level,
                          @NotNull String geometry) {
}
