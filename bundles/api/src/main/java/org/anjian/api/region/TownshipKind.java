package org.anjian.api.region;

import java.util.Optional;

/** Kinds of township-level unit, by the range of the 3-digit township part of a 12-digit statistical code. */
public enum TownshipKind {
    /** 001-099: 街道. */
    SUBDISTRICT(1, 99),
    /** 100-199: 镇. */
    TOWN(100, 199),
    /** 200-399: 乡. */
    TOWNSHIP(200, 399),
    /** 400-599: township-like units (开发区, 工矿区, 农场 ...). */
    OTHER(400, 599);

    private final int low;
    private final int high;

    TownshipKind(int low, int high) {
        this.low = low;
        this.high = high;
    }

    /** The kind whose range holds the code; empty for 000 and for 600-999 (or anything outside 0-999). */
    public static Optional<TownshipKind> of(int threeDigitCode) {
        for (TownshipKind kind : values()) {
            if (threeDigitCode >= kind.low && threeDigitCode <= kind.high) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
