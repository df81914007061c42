package org.anjian.rest.resources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.region.RegionService;
import org.anjian.api.region.RegionShape;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.MapMarker;
import org.anjian.api.spi.ModuleService;
import org.anjian.api.stats.MonthCount;
import org.anjian.api.stats.Overview;
import org.anjian.api.stats.StatisticsService;
import org.anjian.api.stats.TownshipFigures;
import org.anjian.rest.security.Callers;

/** The dashboard's aggregates (驾驶舱), computed by the database inside the caller's jurisdiction. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StatisticsService stats;
    private final RegionService regions;
    private final ModuleService modules;

    public StatisticsResource(StatisticsService stats, RegionService regions, ModuleService modules) {
        this.stats = stats;
        this.regions = regions;
        this.modules = modules;
    }

    @GET
    @Path("overview")
    public Overview overview(@Context SecurityContext sc) {
        return stats.overview(Callers.of(sc));
    }

    @GET
    @Path("hazards/monthly")
    public Page<MonthCount> monthly(@Context SecurityContext sc,
                                    @QueryParam("months") @DefaultValue("12") @Min(1) @Max(36) int months) {
        List<MonthCount> all = stats.hazardsByMonth(Callers.of(sc), months);
        return new Page<>(all, all.size());
    }

    @GET
    @Path("townships")
    public Page<TownshipFigures> townships(@Context SecurityContext sc) {
        List<TownshipFigures> all = stats.townships(Callers.of(sc));
        return new Page<>(all, all.size());
    }

    /** A township of the county map: its outline and its figures (a GeoJSON Feature). */
    public record MapFeature(@NotNull String type, @NotNull TownshipFigures properties,
                             @NotNull Map<String, Object> geometry) {
    }

    /** The county map (一张图): a GeoJSON FeatureCollection of the townships in the jurisdiction with their figures. */
    public record CountyMap(@NotNull String type, @NotNull List<MapFeature> features) {
    }

    @GET
    @Path("map")
    public CountyMap map(@Context SecurityContext sc) {
        AnjianPrincipal caller = Callers.of(sc);
        Map<String, TownshipFigures> figures = new HashMap<>();
        stats.townships(caller).forEach(t -> figures.put(t.code(), t));
        List<MapFeature> features = regions.townshipShapes(caller).stream()
                .filter(s -> figures.containsKey(s.code()))
                .map(s -> new MapFeature("Feature", figures.get(s.code()), geometry(s))).toList();
        return new CountyMap("FeatureCollection", features);
    }

    @GET
    @Path("markers")
    public Page<MapMarker> markers(@Context SecurityContext sc) {
        List<MapMarker> all = modules.mapMarkers(Callers.of(sc));
        return new Page<>(all, all.size());
    }

    private static Map<String, Object> geometry(RegionShape s) {
        try {
            return JSON.readValue(s.geometry(), new TypeReference<Map<String, Object>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored outline of " + s.code() + " is not JSON", e);
        }
    }
}
