package org.anjian.api.region;

/** An administrative region: county, township, village or grid, keyed by its statistical code. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
