package org.anjian.api.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TownshipKindTest {

    @ParameterizedTest
    @CsvSource({
        "1, SUBDISTRICT", "99, SUBDISTRICT",
        "100, TOWN", "199, TOWN",
        "200, TOWNSHIP", "399, TOWNSHIP",
        "400, OTHER", "599, OTHER"
    })
    void classifiesRangeBoundaries(int code, TownshipKind kind) {
        assertEquals(Optional.of(kind), TownshipKind.of(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 600, 999, -1, 1000})
    void outsideTheRangesIsEmpty(int code) {
        assertEquals(Optional.empty(), TownshipKind.of(code));
    }
}
