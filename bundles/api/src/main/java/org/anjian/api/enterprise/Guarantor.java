package org.anjian.api.enterprise;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;

/** 包保责任人: an official who personally guarantees the enterprise's supervision. */
public record Guarantor(
        @NotBlank @Size(min = 1, max = 50) String name,
        @Size(max = 100) String position,
        @Pattern(regexp = PHONE_PATTERN, message = "is not a phone number") String phone) {

    /** Digits with the usual separators, 3 to 32 characters. */
    public static final String PHONE_PATTERN = "[0-9+\\-() ]{3,32}";
}
