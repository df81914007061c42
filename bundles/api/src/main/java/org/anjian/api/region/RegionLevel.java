package org.anjian.api.region;

/** Levels of the administrative hierarchy below the province, broadest first. */
public enum RegionLevel {
    COUNTY,
    TOWNSHIP,
    VILLAGE,
    GRID
}
