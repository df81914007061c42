package org.anjian.api.region;

import java.util.Locale;
import java.util.Optional;

import org.anjian.api.common.ValidationException;

/**
 * Region codes: the 12-digit statistical division code (6-digit county + 3-digit township +
 * 3-digit village) and a 15-digit grid code (a village code + a 3-digit grid number).
 * <ul>
 *   <li>county: 330999000000</li>
 *   <li>township: 330999101000</li>
 *   <li>village: 330999101001</li>
 *   <li>grid: 330999101001002</li>
 * </ul>
 * Only the structure is checked here; whether a code exists is a matter for the region table.
 */
public final class RegionCode {

    public static final int DIVISION_LENGTH = 12;
    public static final int GRID_LENGTH = 15;

    /** A division code (12 digits), for declarations. */
    public static final String DIVISION_PATTERN = "\\d{12}";
    /** A grid code (a village code and 3 digits), for declarations. */
    public static final String GRID_PATTERN = "\\d{15}";
    /** A region-code prefix as a filter (1 to 15 digits), for declarations. */
    public static final String PREFIX_PATTERN = "\\d{1,15}";

    private static final String FIELD = "regionCode";
    private static final String ZERO_PART = "000";
    private static final int COUNTY_END = 6;
    private static final int TOWNSHIP_END = 9;

    private RegionCode() {
    }

    /** Empty when the code is valid; otherwise a short description of the problem. */
    public static Optional<String> problem(String code) {
        return classify(code).problem();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** @throws ValidationException naming {@code field} when the code is invalid */
    public static void requireValid(String field, String code) {
        problem(code).ifPresent(p -> {
            throw new ValidationException(field, "region code " + p);
        });
    }

    /** @throws ValidationException (field "regionCode") when the code is invalid */
    public static RegionLevel level(String code) {
        Result result = classify(code);
        if (result.level() == null) {
            throw new ValidationException(FIELD, "region code " + result.problem().orElseThrow());
        }
        return result.level();
    }

    /**
     * The code of the enclosing region: grid to village, village to township, township to county;
     * empty for a county.
     *
     * @throws ValidationException (field "regionCode") when the code is invalid
     */
    public static Optional<String> parent(String code) {
        switch (level(code)) {
            case GRID:
                return Optional.of(code.substring(0, DIVISION_LENGTH));
            case VILLAGE:
                return Optional.of(code.substring(0, TOWNSHIP_END) + ZERO_PART);
            case TOWNSHIP:
                return Optional.of(code.substring(0, COUNTY_END) + ZERO_PART + ZERO_PART);
            default:
                return Optional.empty();
        }
    }

    /**
     * The significant prefix used for jurisdiction matching: 6 digits for a county, 9 for a
     * township, 12 for a village and 15 for a grid.
     *
     * @throws ValidationException (field "regionCode") when the code is invalid
     */
    public static String prefix(String code) {
        switch (level(code)) {
            case COUNTY:
                return code.substring(0, COUNTY_END);
            case TOWNSHIP:
                return code.substring(0, TOWNSHIP_END);
            default:
                return code;
        }
    }

    /**
     * Whether the code lies within a jurisdiction given by its {@link #prefix(String) prefix}.
     * A null or empty prefix means everywhere; a null code is within nothing else.
     */
    public static boolean within(String jurisdictionPrefix, String code) {
        if (jurisdictionPrefix == null || jurisdictionPrefix.isEmpty()) {
            return true;
        }
        return code != null && code.startsWith(jurisdictionPrefix);
    }

    private static Result classify(String code) {
        if (code == null || code.isBlank()) {
            return Result.invalid("is required");
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return Result.invalid("must contain only digits, found '" + c + "' at position " + (i + 1));
            }
        }
        if (code.length() == GRID_LENGTH) {
            return classifyGrid(code);
        }
        if (code.length() == DIVISION_LENGTH) {
            return classifyDivision(code);
        }
        return Result.invalid("must be 12 or 15 digits, got " + code.length());
    }

    private static Result classifyGrid(String code) {
        Result village = classifyDivision(code.substring(0, DIVISION_LENGTH));
        if (village.level() != RegionLevel.VILLAGE) {
            String reason = village.problem()
                    .orElseGet(() -> "is a " + village.level().name().toLowerCase(Locale.ROOT) + " code");
            return Result.invalid("grid must extend a village code; first 12 digits " + reason);
        }
        if (code.endsWith(ZERO_PART)) {
            return Result.invalid("grid part must not be 000");
        }
        return Result.valid(RegionLevel.GRID);
    }

    private static Result classifyDivision(String code) {
        if (code.startsWith("000000")) {
            return Result.invalid("county part must not be 000000");
        }
        if (code.startsWith("00")) {
            return Result.invalid("province part must not be 00");
        }
        String township = code.substring(COUNTY_END, TOWNSHIP_END);
        String village = code.substring(TOWNSHIP_END, DIVISION_LENGTH);
        if (township.equals(ZERO_PART)) {
            return village.equals(ZERO_PART)
                    ? Result.valid(RegionLevel.COUNTY)
                    : Result.invalid("village code must have a township part other than 000");
        }
        if (TownshipKind.of(Integer.parseInt(township)).isEmpty()) {
            return Result.invalid("township part " + township + " is outside the valid ranges 001-599");
        }
        return Result.valid(village.equals(ZERO_PART) ? RegionLevel.TOWNSHIP : RegionLevel.VILLAGE);
    }

    /** Either a level (valid) or a problem (invalid). */
    private record Result(RegionLevel level, Optional<String> problem) {

        static Result valid(RegionLevel level) {
            return new Result(level, Optional.empty());
        }

        static Result invalid(String problem) {
            return new Result(null, Optional.of(problem));
        }
    }
}
