package org.anjian.domain.construction.rules;

import java.util.List;

/**
 * One parameter of a category of works: a number (metres, kN …; never negative), a flag (absent = false) or one value
 * of a list. {@code required} numbers and values must be given; {@code guard}, when set, names the flag without
 * which the parameter's criteria do not apply (a single lift counts only for a non-conventional method).
 */
public record Parameter(String name, Kind kind, boolean required, List<String> values, String unit, String guard) {
    public enum Kind { NUMBER, FLAG, VALUE }

    public Parameter {
        values = List.copyOf(values);
    }

    static Parameter number(String name, String unit) {
        return new Parameter(name, Kind.NUMBER, false, List.of(), unit, null);
    }

    static Parameter requiredNumber(String name, String unit) {
        return new Parameter(name, Kind.NUMBER, true, List.of(), unit, null);
    }

    static Parameter guardedNumber(String name, String unit, String guard) {
        return new Parameter(name, Kind.NUMBER, false, List.of(), unit, guard);
    }

    static Parameter flag(String name) {
        return new Parameter(name, Kind.FLAG, false, List.of(), null, null);
    }

    static Parameter value(String name, boolean required, String... values) {
        return new Parameter(name, Kind.VALUE, required, List.of(values), null, null);
    }
}
