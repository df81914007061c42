package org.anjian.domain.specialequipment.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the 特种设备目录: a 4-character code (digits and upper-case letters, e.g. {@code 2220},
 * {@code 4A00}, {@code F000}), its parent code (null for the ten top-level kinds), names and the
 * source tag of DOMAIN.md ({@code [V]}, {@code [P]} or {@code [U]}, possibly followed by a remark).
 */
public record Category(String code, String parentCode, String nameZh, String nameEn, String source) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(source, "source");
        if (!CategoryCatalogue.isWellFormedCode(code)) {
            throw new IllegalArgumentException("Category code must be 4 digits or upper-case letters: " + code);
        }
        if (parentCode != null && !CategoryCatalogue.isWellFormedCode(parentCode)) {
            throw new IllegalArgumentException("Parent code must be 4 digits or upper-case letters: " + parentCode);
        }
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("Category " + code + " cannot be its own parent");
        }
        if (nameZh.isBlank()) {
            throw new IllegalArgumentException("Category " + code + " needs a Chinese name");
        }
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    public boolean isTopLevel() {
        return parentCode == null;
    }

    /** The leading tag of {@link #source()}: {@code V}, {@code P} or {@code U}. */
    public String sourceTag() {
        return source.length() >= 3 && source.charAt(0) == '[' && source.charAt(2) == ']'
                ? source.substring(1, 2) : "";
    }
}
