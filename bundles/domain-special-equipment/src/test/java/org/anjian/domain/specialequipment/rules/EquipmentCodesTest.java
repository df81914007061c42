package org.anjian.domain.specialequipment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EquipmentCodesTest {

    private static final Clock IN_2024 = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final EquipmentCodes codes = new EquipmentCodes(CategoryCatalogue.bundled(), IN_2024);

    @ParameterizedTest
    @ValueSource(strings = {
        "215033001201000001", // 2150 + 33001 + 2010 + 00001
        "310033012202300123", // 3100 + 33012 + 2023 + 00123
        "4D0011A0B202500001", // letters in category and manufacturer, next year allowed
        "F00044001199900009",
    })
    void goodEquipmentCodes(String code) {
        assertEquals(Optional.empty(), codes.equipmentCodeProblem(code));
        assertTrue(codes.isValidEquipmentCode(code));
    }

    @Test
    void equipmentCodeParts() {
        EquipmentCodes.EquipmentCodeParts parts = codes.parseEquipmentCode("215033001201000001").orElseThrow();
        assertEquals(new EquipmentCodes.EquipmentCodeParts("2150", "33001", 2010, "00001"), parts);
        assertTrue(codes.parseEquipmentCode("2150330012010000").isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2150330012010000, 18 characters",
        "2150330012010000012, 18 characters",
        "'2150 3300120100001', characters 5-9",
        "216033001201000001, not in the catalogue",
        "4d0033001201000001, characters 1-4",
        "2150330-1201000001, characters 5-9",
        "2150a3001201000001, characters 5-9",
        "21503300120X000001, characters 10-13",
        "215033001189900001, between 1900 and 2025",
        "215033001202600001, between 1900 and 2025",
        "21503300120100000A, characters 14-18",
        "215033001201000 01, characters 14-18",
    })
    void badEquipmentCodes(String code, String expectedFragment) {
        String problem = codes.equipmentCodeProblem(code).orElseThrow();
        assertTrue(problem.contains(expectedFragment), problem);
        assertFalse(codes.isValidEquipmentCode(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingCodes(String code) {
        assertEquals(Optional.of("Equipment code is missing"), codes.equipmentCodeProblem(code));
        assertEquals(Optional.of("Registration code is missing"), codes.registrationCodeProblem(code));
        assertEquals(Optional.of("Rescue code is missing"), codes.rescueCodeProblem(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21603101012006010101", "83003301022019120001", "10003309992024010001"})
    void goodLegacyRegistrationCodes(String code) {
        assertEquals(Optional.empty(), codes.registrationCodeProblem(code));
        assertTrue(codes.isValidRegistrationCode(code));
    }

    @Test
    void legacyRegistrationCodeParts() {
        assertEquals(new EquipmentCodes.RegistrationCodeParts("2160", "310101", 2006, 1, "0101"),
                codes.parseRegistrationCode("21603101012006010101").orElseThrow());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2160310101200601010, 20 digits",
        "216031010120060101011, 20 digits",
        "2160310101200601010A, position 20",
        "'2160 310101200601010', position 5",
        "21603101012006000101, month (characters 15-16) must be 01-12 but is 00",
        "21603101012006130101, must be 01-12 but is 13",
        "21603101011899010101, between 1900 and 2025",
        "21603101012030010101, between 1900 and 2025",
    })
    void badLegacyRegistrationCodes(String code, String expectedFragment) {
        String problem = codes.registrationCodeProblem(code).orElseThrow();
        assertTrue(problem.contains(expectedFragment), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "ZJ-HZ-0001-A", "96333330106000123", "电梯00012", "abcdefghijklmnopqrstuvwxyz012345"})
    void goodRescueCodes(String code) {
        assertEquals(Optional.empty(), codes.rescueCodeProblem(code));
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource({
        "'   ', must not be blank",
        "'ZJ 0001', whitespace",
        "' ZJ0001', whitespace",
        "'ZJ0001 ', whitespace",
        "'ZJ\t0001', whitespace",
        "'ZJ\u30000001', whitespace",
        "abcdefghijklmnopqrstuvwxyz0123456, at most 32 characters but has 33",
        "'ZJ\u00000001', control characters",
    })
    void badRescueCodes(String code, String expectedFragment) {
        String problem = codes.rescueCodeProblem(code).orElseThrow();
        assertTrue(problem.contains(expectedFragment), problem);
        assertFalse(codes.isValidRescueCode(code));
    }

    @Test
    void rescueCodeLengthCountsCharactersNotBytes() {
        assertTrue(codes.isValidRescueCode("电".repeat(32)));
        assertFalse(codes.isValidRescueCode("电".repeat(33)));
    }
}
