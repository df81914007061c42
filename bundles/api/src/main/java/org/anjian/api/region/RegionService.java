package org.anjian.api.region;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;

/** The region tree (county → township → village → grid). */
@ProviderType
public interface RegionService {

    /** The regions visible to the caller: the top of their jurisdiction and everything below it. */
    List<Region> list(AnjianPrincipal caller);

    /** One region, if it exists and is visible to the caller. */
    Optional<Region> find(AnjianPrincipal caller, String code);

    /** Direct children of a region visible to the caller; {@code NotFoundException} for an unknown parent. */
    List<Region> children(AnjianPrincipal caller, String code);

    /** True when the code exists (regardless of the caller). */
    boolean exists(String code);

    /**
     * Loads a versioned region table: inserts new codes, renames changed ones. Rows must come parents
     * first. Returns the number of rows inserted or changed. A table version is applied once.
     */
    int importTable(AnjianPrincipal caller, String tableVersion, List<Region> rows);

    /** Versions of the region table applied so far, oldest first. */
    List<String> tableVersions();

    /** The outlines of the townships inside the caller's jurisdiction (those that have one), by code. */
    default List<RegionShape> townshipShapes(AnjianPrincipal caller) {
        return List.of();
    }

    /**
     * Stores or replaces the outlines of known regions ({@code geometry} as in {@link RegionShape}); an unknown
     * code or a geometry that is not a valid Polygon or MultiPolygon refuses the whole set. Returns the number stored.
     */
    default int importShapes(AnjianPrincipal caller, java.util.Map<String, String> geometryByCode) {
        throw new UnsupportedOperationException("region shapes are not stored here");
    }
}
