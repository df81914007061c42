package org.anjian.api.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.anjian.api.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "330999000000, COUNTY",
        "330999101000, TOWNSHIP",
        "330999101001, VILLAGE",
        "330999101001002, GRID",
        "320508019044, VILLAGE",
        "320508019000, TOWNSHIP",
        "110101000000, COUNTY"
    })
    void levels(String code, RegionLevel level) {
        assertEquals(Optional.empty(), RegionCode.problem(code));
        assertTrue(RegionCode.isValid(code));
        assertEquals(level, RegionCode.level(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "099", "100", "199", "200", "399", "400", "599"})
    void townshipPartBoundariesAreValidForTownshipVillageAndGrid(String township) {
        assertEquals(RegionLevel.TOWNSHIP, RegionCode.level("330999" + township + "000"));
        assertEquals(RegionLevel.VILLAGE, RegionCode.level("330999" + township + "001"));
        assertEquals(RegionLevel.GRID, RegionCode.level("330999" + township + "001001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"600", "750", "999"})
    void townshipPartOutOfRangeIsInvalid(String township) {
        String message = "township part " + township + " is outside the valid ranges 001-599";
        assertEquals(Optional.of(message), RegionCode.problem("330999" + township + "000"));
        assertEquals(Optional.of(message), RegionCode.problem("330999" + township + "001"));
        assertEquals(Optional.of("grid must extend a village code; first 12 digits " + message),
                RegionCode.problem("330999" + township + "001002"));
    }

    @Test
    void villageWithTownshipPartZeroIsInvalid() {
        assertEquals(Optional.of("village code must have a township part other than 000"),
                RegionCode.problem("330999000001"));
        assertFalse(RegionCode.isValid("330999000001002"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void requiresAValue(String code) {
        assertEquals(Optional.of("is required"), RegionCode.problem(code));
    }

    @ParameterizedTest
    @CsvSource({
        "33099910100A, A, 12",
        "-30999101000, -, 1",
        "330999 01000, ' ', 7"
    })
    void rejectsNonDigits(String code, char bad, int position) {
        assertEquals(Optional.of("must contain only digits, found '" + bad + "' at position " + position),
                RegionCode.problem(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"330999", "33099910100", "3309991010001", "33099910100100", "3309991010010021"})
    void rejectsWrongLength(String code) {
        assertEquals(Optional.of("must be 12 or 15 digits, got " + code.length()), RegionCode.problem(code));
    }

    @Test
    void rejectsEmptyCountyOrProvincePart() {
        assertEquals(Optional.of("county part must not be 000000"), RegionCode.problem("000000000000"));
        assertEquals(Optional.of("county part must not be 000000"), RegionCode.problem("000000101001"));
        assertEquals(Optional.of("province part must not be 00"), RegionCode.problem("000999101000"));
    }

    @Test
    void gridMustExtendAVillage() {
        assertEquals(Optional.of("grid must extend a village code; first 12 digits is a township code"),
                RegionCode.problem("330999101000001"));
        assertEquals(Optional.of("grid must extend a village code; first 12 digits is a county code"),
                RegionCode.problem("330999000000001"));
        assertEquals(Optional.of("grid must extend a village code; first 12 digits "
                        + "village code must have a township part other than 000"),
                RegionCode.problem("330999000001001"));
        assertEquals(Optional.of("grid part must not be 000"), RegionCode.problem("330999101001000"));
    }

    @Test
    void requireValidAndLevelThrowValidationException() {
        RegionCode.requireValid("jurisdiction", "330999101001");
        ValidationException e = assertThrows(ValidationException.class,
                () -> RegionCode.requireValid("jurisdiction", "330999600000"));
        assertEquals("jurisdiction", e.field());
        assertEquals("region code township part 600 is outside the valid ranges 001-599", e.getMessage());

        ValidationException levelError = assertThrows(ValidationException.class, () -> RegionCode.level("abc"));
        assertEquals("regionCode", levelError.field());
        assertEquals("regionCode", assertThrows(ValidationException.class, () -> RegionCode.level(null)).field());
    }

    @Test
    void parentChain() {
        assertEquals(Optional.of("330999101001"), RegionCode.parent("330999101001002"));
        assertEquals(Optional.of("330999101000"), RegionCode.parent("330999101001"));
        assertEquals(Optional.of("330999000000"), RegionCode.parent("330999101000"));
        assertEquals(Optional.empty(), RegionCode.parent("330999000000"));
        assertThrows(ValidationException.class, () -> RegionCode.parent("330999700000"));
    }

    @Test
    void prefixByLevel() {
        assertEquals("330999", RegionCode.prefix("330999000000"));
        assertEquals("330999101", RegionCode.prefix("330999101000"));
        assertEquals("330999101001", RegionCode.prefix("330999101001"));
        assertEquals("330999101001002", RegionCode.prefix("330999101001002"));
        assertThrows(ValidationException.class, () -> RegionCode.prefix("3309991010"));
    }

    @Test
    void withinJurisdiction() {
        String county = RegionCode.prefix("330999000000");
        String township = RegionCode.prefix("330999101000");
        assertTrue(RegionCode.within(county, "330999101001002"));
        assertTrue(RegionCode.within(county, "330999000000"));
        assertTrue(RegionCode.within(township, "330999101001"));
        assertTrue(RegionCode.within(township, "330999101000"));
        assertFalse(RegionCode.within(township, "330999102001"));
        assertFalse(RegionCode.within(township, "330999000000"));
        assertFalse(RegionCode.within(county, "330998101001"));
        assertFalse(RegionCode.within(county, null));
    }

    @Test
    void nullOrEmptyPrefixMeansEverywhere() {
        assertTrue(RegionCode.within(null, "330999101001"));
        assertTrue(RegionCode.within("", "110101000000"));
        assertTrue(RegionCode.within(null, null));
    }
}
