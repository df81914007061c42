package org.anjian.domain.specialequipment.rules;

import java.time.Clock;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * Validators for the identifiers of 特种设备, in validator style: {@code Optional.empty()} when the
 * value is acceptable, otherwise an English message naming the first problem.
 *
 * <ul>
 *   <li>特种设备代码 (equipmentCode, 18 characters): 4-character category code known to the catalogue
 *       (e.g. 2150), 5-character 制造单位代号 (digits or upper-case letters), 4-digit 制造年份,
 *       5-digit 制造顺序号. No spaces; kept as a string.</li>
 *   <li>Legacy 注册代码 (registrationCode, 20 digits): 4-digit category + 6-digit 行政区划 + YYYYMM +
 *       4-digit sequence. The category is not checked against the catalogue: legacy codes use older
 *       category numbers (e.g. 2160 in 21603101012006010101).</li>
 *   <li>电梯应急救援识别码 (elevatorRescueCode, 96333): an opaque string of at most 32 characters,
 *       not blank, with no whitespace or control characters anywhere.</li>
 * </ul>
 *
 * Years are checked for plausibility: from 1900 up to next year by the given clock.
 */
public final class EquipmentCodes {

    public static final int EQUIPMENT_CODE_LENGTH = 18;
    public static final int REGISTRATION_CODE_LENGTH = 20;
    public static final int RESCUE_CODE_MAX_LENGTH = 32;
    static final int EARLIEST_YEAR = 1900;

    private final CategoryCatalogue catalogue;
    private final Clock clock;

    public EquipmentCodes(CategoryCatalogue catalogue) {
        this(catalogue, Clock.systemDefaultZone());
    }

    public EquipmentCodes(CategoryCatalogue catalogue, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Validators over the bundled catalogue and the system clock. */
    public static EquipmentCodes bundled() {
        return new EquipmentCodes(CategoryCatalogue.bundled());
    }

    /** The parts of a well-formed 特种设备代码. */
    public record EquipmentCodeParts(String categoryCode, String manufacturerCode, int year, String sequence) {
    }

    /** The parts of a well-formed legacy 注册代码. */
    public record RegistrationCodeParts(String categoryCode, String areaCode, int year, int month, String sequence) {
    }

    /** Problem with an 18-character 特种设备代码, if any. */
    public Optional<String> equipmentCodeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("Equipment code is missing");
        }
        if (code.length() != EQUIPMENT_CODE_LENGTH) {
            return Optional.of("Equipment code must have " + EQUIPMENT_CODE_LENGTH + " characters but has "
                    + code.length());
        }
        String category = code.substring(0, 4);
        String manufacturer = code.substring(4, 9);
        String year = code.substring(9, 13);
        String sequence = code.substring(13, 18);
        if (!CategoryCatalogue.isWellFormedCode(category)) {
            return Optional.of("Equipment code characters 1-4 must be a category code of digits or upper-case letters: '"
                    + category + "'");
        }
        if (!catalogue.isKnown(category)) {
            return Optional.of("Equipment code category " + category + " is not in the catalogue");
        }
        if (!manufacturer.chars().allMatch(c -> isDigit(c) || (c >= 'A' && c <= 'Z'))) {
            return Optional.of("Equipment code characters 5-9 (manufacturer) must be digits or upper-case letters: '"
                    + manufacturer + "'");
        }
        if (!allDigits(year)) {
            return Optional.of("Equipment code characters 10-13 (year of manufacture) must be digits: '" + year + "'");
        }
        Optional<String> yearProblem = yearProblem("Equipment code year of manufacture", Integer.parseInt(year));
        if (yearProblem.isPresent()) {
            return yearProblem;
        }
        if (!allDigits(sequence)) {
            return Optional.of("Equipment code characters 14-18 (sequence) must be digits: '" + sequence + "'");
        }
        return Optional.empty();
    }

    public boolean isValidEquipmentCode(String code) {
        return equipmentCodeProblem(code).isEmpty();
    }

    /** The parts of a valid 特种设备代码; empty when it has a problem. */
    public Optional<EquipmentCodeParts> parseEquipmentCode(String code) {
        if (equipmentCodeProblem(code).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new EquipmentCodeParts(code.substring(0, 4), code.substring(4, 9),
                Integer.parseInt(code.substring(9, 13)), code.substring(13, 18)));
    }

    /** Problem with a legacy 20-digit 注册代码, if any. */
    public Optional<String> registrationCodeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("Registration code is missing");
        }
        if (code.length() != REGISTRATION_CODE_LENGTH) {
            return Optional.of("Registration code must have " + REGISTRATION_CODE_LENGTH + " digits but has "
                    + code.length() + " characters");
        }
        if (!allDigits(code)) {
            int at = firstNonDigit(code);
            return Optional.of("Registration code must contain digits only (position " + (at + 1) + " is '"
                    + code.charAt(at) + "')");
        }
        int year = Integer.parseInt(code.substring(10, 14));
        int month = Integer.parseInt(code.substring(14, 16));
        Optional<String> yearProblem = yearProblem("Registration code year (characters 11-14)", year);
        if (yearProblem.isPresent()) {
            return yearProblem;
        }
        if (month < 1 || month > 12) {
            return Optional.of("Registration code month (characters 15-16) must be 01-12 but is "
                    + code.substring(14, 16));
        }
        return Optional.empty();
    }

    public boolean isValidRegistrationCode(String code) {
        return registrationCodeProblem(code).isEmpty();
    }

    /** The parts of a valid legacy 注册代码; empty when it has a problem. */
    public Optional<RegistrationCodeParts> parseRegistrationCode(String code) {
        if (registrationCodeProblem(code).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RegistrationCodeParts(code.substring(0, 4), code.substring(4, 10),
                Integer.parseInt(code.substring(10, 14)), Integer.parseInt(code.substring(14, 16)),
                code.substring(16, 20)));
    }

    /** Problem with a 96333 电梯应急救援识别码, if any (the format is unknown: only basic hygiene). */
    public Optional<String> rescueCodeProblem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("Rescue code is missing");
        }
        if (code.isBlank()) {
            return Optional.of("Rescue code must not be blank");
        }
        int length = code.codePointCount(0, code.length());
        if (length > RESCUE_CODE_MAX_LENGTH) {
            return Optional.of("Rescue code must have at most " + RESCUE_CODE_MAX_LENGTH + " characters but has "
                    + length);
        }
        if (code.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of("Rescue code must not contain whitespace");
        }
        if (code.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("Rescue code must not contain control characters");
        }
        return Optional.empty();
    }

    public boolean isValidRescueCode(String code) {
        return rescueCodeProblem(code).isEmpty();
    }

    private Optional<String> yearProblem(String what, int year) {
        int latest = Year.now(clock).getValue() + 1;
        if (year < EARLIEST_YEAR || year > latest) {
            return Optional.of(what + " must lie between " + EARLIEST_YEAR + " and " + latest + " but is " + year);
        }
        return Optional.empty();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        return firstNonDigit(s) < 0;
    }

    private static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
