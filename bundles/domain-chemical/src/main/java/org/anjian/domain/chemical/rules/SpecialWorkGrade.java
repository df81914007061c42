package org.anjian.domain.chemical.rules;

import java.util.Optional;

/**
 * Grades of special work (GB 30871-2022). Which grades a type has is given by
 * {@link SpecialWorkType#grades()}; the Chinese label depends on the type
 * ({@link SpecialWorkType#gradeName(SpecialWorkGrade)}).
 */
public enum SpecialWorkGrade {
    /** 特级 (hot work only). */
    SPECIAL,
    /** 一级 (hot work, lifting) or Ⅰ级 (work at height). */
    GRADE1,
    /** 二级 or Ⅱ级. */
    GRADE2,
    /** 三级 (lifting) or Ⅲ级 (work at height). */
    GRADE3,
    /** Ⅳ级 (work at height only). */
    GRADE4;

    /**
     * The grade of work at height by working height, GB/T 3608 bands (DOMAIN.md 1.3 [V]): Ⅰ 2 m ≤ h ≤ 5 m,
     * Ⅱ 5 m &lt; h ≤ 15 m, Ⅲ 15 m &lt; h ≤ 30 m, Ⅳ h &gt; 30 m. Below 2 m the work is not 高处作业.
     * (GB/T 3608 can raise the grade for objective hazard factors; that is left to the caller.)
     *
     * @throws IllegalArgumentException naming {@code heightMetres} when negative or not finite
     */
    public static Optional<SpecialWorkGrade> forWorkAtHeight(double heightMetres) {
        if (Double.isNaN(heightMetres) || Double.isInfinite(heightMetres) || heightMetres < 0) {
            throw new IllegalArgumentException("heightMetres must be a finite number >= 0, was " + heightMetres);
        }
        if (heightMetres < 2) {
            return Optional.empty();
        }
        if (heightMetres <= 5) {
            return Optional.of(GRADE1);
        }
        if (heightMetres <= 15) {
            return Optional.of(GRADE2);
        }
        if (heightMetres <= 30) {
            return Optional.of(GRADE3);
        }
        return Optional.of(GRADE4);
    }

    /**
     * The grade of lifting by load mass (DOMAIN.md 1.3 [U]): 一级 m &gt; 100 t, 二级 40 t ≤ m ≤ 100 t,
     * 三级 m &lt; 40 t.
     *
     * @throws IllegalArgumentException naming {@code loadTonnes} when negative or not finite
     */
    public static SpecialWorkGrade forLifting(double loadTonnes) {
        if (Double.isNaN(loadTonnes) || Double.isInfinite(loadTonnes) || loadTonnes < 0) {
            throw new IllegalArgumentException("loadTonnes must be a finite number >= 0, was " + loadTonnes);
        }
        if (loadTonnes > 100) {
            return GRADE1;
        }
        return loadTonnes >= 40 ? GRADE2 : GRADE3;
    }
}
