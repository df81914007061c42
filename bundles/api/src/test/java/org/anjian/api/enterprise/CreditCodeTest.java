package org.anjian.api.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import org.anjian.api.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "91350200776049653A",
        "91440101MA5CJQ4N59",
        "913502000728319549",
        "9135021359498494XQ",
        "91350213678251743X",
        "91350200MA31E12PXF",
        "123502001549897397",
        "91350100M000100Y43"
    })
    void acceptsValidVectors(String code) {
        assertEquals(Optional.empty(), CreditCode.problem(code));
        assertTrue(CreditCode.isValid(code));
        assertEquals(code.charAt(17), CreditCode.checkCharacter(code.substring(0, 17)));
        assertEquals(code, CreditCode.withCheckCharacter(code.substring(0, 17)));
        CreditCode.requireValid("creditCode", code);
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4Z, Z, 3",
        "91350203M0001QAY9B, B, 9"
    })
    void rejectsWrongCheckCharacter(String code, char actual, char expected) {
        assertEquals(expected, CreditCode.checkCharacter(code.substring(0, 17)));
        assertEquals(Optional.of("check character is '" + actual + "', expected '" + expected + "'"),
                CreditCode.problem(code));
        assertFalse(CreditCode.isValid(code));
    }

    @Test
    void standardWorkedExampleIsInvalidAndItsCorrectionValid() {
        assertFalse(CreditCode.isValid("91350100M000100Y4Z"));
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t"})
    void requiresAValue(String code) {
        assertEquals(Optional.of("is required"), CreditCode.problem(code));
        assertFalse(CreditCode.isValid(code));
    }

    @ParameterizedTest
    @CsvSource({
        "91350200776049653, 17",
        "91350200776049653A0, 19",
        "9, 1"
    })
    void rejectsWrongLength(String code, int length) {
        assertEquals(Optional.of("must be 18 characters, got " + length), CreditCode.problem(code));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', ' ', '*'})
    void rejectsCharactersOutsideTheCharset(char bad) {
        String code = "913502007" + bad + "6049653A";
        assertEquals(Optional.of("character '" + bad + "' at position 10 is not allowed"), CreditCode.problem(code));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-'})
    void lastCharacterOutsideTheCharsetIsAWrongCheckCharacter(char bad) {
        assertEquals(Optional.of("check character is '" + bad + "', expected 'A'"),
                CreditCode.problem("91350200776049653" + bad));
    }

    @Test
    void charsetHasThirtyOneCharactersWithoutIOSVZ() {
        assertEquals(31, CreditCode.CHARSET.length());
        for (char c : "IOSVZ".toCharArray()) {
            assertEquals(-1, CreditCode.CHARSET.indexOf(c));
        }
    }

    @Test
    void rejectsLowerCase() {
        assertEquals(Optional.of("character 'a' at position 18 must be upper case"),
                CreditCode.problem("91350200776049653a"));
        assertEquals(Optional.of("character 'm' at position 9 must be upper case"),
                CreditCode.problem("91440101MA5CJQ4N59".toLowerCase(Locale.ROOT)));
        // lower case of an excluded letter is simply not allowed
        assertEquals(Optional.of("character 'i' at position 10 is not allowed"),
                CreditCode.problem("913502007i6049653A"));
    }

    @Test
    void requireValidThrowsWithFieldAndProblem() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CreditCode.requireValid("creditCode", "91350100M000100Y4Z"));
        assertEquals("creditCode", e.field());
        assertEquals("unified social credit code check character is 'Z', expected '3'", e.getMessage());

        ValidationException missing = assertThrows(ValidationException.class,
                () -> CreditCode.requireValid("uscc", null));
        assertEquals("unified social credit code is required", missing.getMessage());
    }

    @Test
    void checkCharacterRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9135020077604965"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350200776049I53"));
    }

    @Test
    void checkCharacterZeroWhenSumIsMultipleOf31() {
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350200776049653A",
        "91440101MA5CJQ4N59",
        "913502000728319549",
        "9135021359498494XQ",
        "91350213678251743X",
        "91350200MA31E12PXF",
        "123502001549897397",
        "91350100M000100Y43"
    })
    void organizationCodeMatchesForSampleCodes(String code) {
        assertTrue(CreditCode.organizationCodeMatches(code));
    }

    @Test
    void organizationCodeMismatchIsDetected() {
        // positions 9-16 "77604965" need '3' at position 17; use '4' and re-check the credit code
        String code = CreditCode.withCheckCharacter("91350200776049654");
        assertTrue(CreditCode.isValid(code));
        assertFalse(CreditCode.organizationCodeMatches(code));
        // 10 -> X and 11 -> 0
        assertTrue(CreditCode.organizationCodeMatches("9135021359498494XQ"));
        assertFalse(CreditCode.organizationCodeMatches("not a code"));
        assertFalse(CreditCode.organizationCodeMatches(null));
    }

    @Test
    void organizationCheckElevenMapsToZero() {
        // find positions 9-16 whose GB 11714 check is 11 -> '0' and confirm it is accepted
        String body = "00000000"; // sum 0 -> 11 - 0 = 11 -> '0'
        String code = CreditCode.withCheckCharacter("91350200" + body + "0");
        assertTrue(CreditCode.organizationCodeMatches(code));
        assertFalse(CreditCode.organizationCodeMatches(CreditCode.withCheckCharacter("91350200" + body + "1")));
    }

    @Test
    void generatedCodesAlwaysValidateAndAnySingleChangeInvalidates() {
        Random random = new Random(20240517L);
        String charset = CreditCode.CHARSET;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder first17 = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                first17.append(charset.charAt(random.nextInt(charset.length())));
            }
            String code = CreditCode.withCheckCharacter(first17.toString());
            assertTrue(CreditCode.isValid(code), code);
            if (n % 10 != 0) {
                continue;
            }
            for (int pos = 0; pos < 18; pos++) {
                for (int k = 0; k < charset.length(); k++) {
                    char replacement = charset.charAt(k);
                    if (replacement == code.charAt(pos)) {
                        continue;
                    }
                    String changed = code.substring(0, pos) + replacement + code.substring(pos + 1);
                    assertFalse(CreditCode.isValid(changed), changed);
                }
            }
        }
    }
}
