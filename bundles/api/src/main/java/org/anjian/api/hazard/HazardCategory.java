package org.anjian.api.hazard;

/** A hazard category a hazard may be filed under (code + Chinese label). */
public record HazardCategory(String code, String label) {
}
