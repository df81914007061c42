package org.anjian.api.enterprise;

import java.util.Optional;

import org.anjian.api.common.ValidationException;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character set, the last one a check character over the first 17.
 */
public final class CreditCode {

    /** The permitted characters; a character's value is its index here (I, O, S, V, Z are excluded). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static final int LENGTH = 18;

    /** The form of a code (charset and length), for declarations; the check character is verified by {@code requireValid}. */
    public static final String PATTERN = "[0-9ABCDEFGHJKLMNPQRTUWXY]{18}";

    /** The message for a value that does not have that form. */
    public static final String FORM = "must be a unified social credit code: 18 characters of 0-9 and A-Y without I, O, S, V, Z";

    private static final int MODULUS = 31;
    private static final int[] WEIGHTS = weights();

    /** GB 11714 organization-code weights, applied to positions 9-16. */
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {
    }

    private static int[] weights() {
        int[] w = new int[LENGTH - 1];
        int value = 1;
        for (int i = 0; i < w.length; i++) {
            w[i] = value;
            value = value * 3 % MODULUS;
        }
        return w;
    }

    /**
     * The check character (position 18) for the given first 17 characters.
     *
     * @throws IllegalArgumentException if the input is not 17 characters from {@link #CHARSET}
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(
                        "character '" + first17.charAt(i) + "' at position " + (i + 1) + " is not allowed");
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    /** The first 17 characters followed by their check character. */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** Empty when the code is valid; otherwise a short description of the first problem found. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        if (code.length() != LENGTH) {
            return Optional.of("must be 18 characters, got " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) >= 0) {
                continue;
            }
            if (isLowerCaseOfAllowed(c)) {
                return Optional.of("character '" + c + "' at position " + (i + 1) + " must be upper case");
            }
            // a bad last character is reported as a wrong check character (as in the standard's own example)
            if (i < LENGTH - 1) {
                return Optional.of("character '" + c + "' at position " + (i + 1) + " is not allowed");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        char actual = code.charAt(LENGTH - 1);
        if (actual != expected) {
            return Optional.of("check character is '" + actual + "', expected '" + expected + "'");
        }
        return Optional.empty();
    }

    private static boolean isLowerCaseOfAllowed(char c) {
        return Character.isLowerCase(c) && CHARSET.indexOf(Character.toUpperCase(c)) >= 0;
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** @throws ValidationException naming {@code field} when the code is invalid */
    public static void requireValid(String field, String code) {
        problem(code).ifPresent(p -> {
            throw new ValidationException(field, "unified social credit code " + p);
        });
    }

    /**
     * Whether position 17 is the GB 11714 check character of positions 9-16. Advisory only:
     * some legacy codes do not follow it, so callers should warn rather than reject.
     * Returns false for a code that is not structurally valid.
     */
    public static boolean organizationCodeMatches(String code) {
        if (!isValid(code)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < ORG_WEIGHTS.length; i++) {
            int value = Character.digit(code.charAt(8 + i), 36);
            sum += value * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        char expected = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
        return code.charAt(16) == expected;
    }
}
