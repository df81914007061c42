package org.anjian.domain.chemical.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The eight special work types of GB 30871-2022 (危险化学品企业特殊作业安全规范), DOMAIN.md 1.3 [V]. */
public enum SpecialWorkType {
    HOT_WORK("动火作业", Map.of(
            SpecialWorkGrade.SPECIAL, "特级",
            SpecialWorkGrade.GRADE1, "一级",
            SpecialWorkGrade.GRADE2, "二级")),
    CONFINED_SPACE("受限空间作业", Map.of()),
    BLIND_PLATE("盲板抽堵作业", Map.of()),
    /** Grades per GB/T 3608 height bands, see {@link SpecialWorkGrade#forWorkAtHeight(double)}. */
    WORK_AT_HEIGHT("高处作业", Map.of(
            SpecialWorkGrade.GRADE1, "Ⅰ级",
            SpecialWorkGrade.GRADE2, "Ⅱ级",
            SpecialWorkGrade.GRADE3, "Ⅲ级",
            SpecialWorkGrade.GRADE4, "Ⅳ级")),
    /** Grades by load mass, see {@link SpecialWorkGrade#forLifting(double)}. */
    LIFTING("吊装作业", Map.of(
            SpecialWorkGrade.GRADE1, "一级",
            SpecialWorkGrade.GRADE2, "二级",
            SpecialWorkGrade.GRADE3, "三级")),
    TEMPORARY_POWER("临时用电作业", Map.of()),
    EXCAVATION("动土作业", Map.of()),
    ROAD_CLOSURE("断路作业", Map.of());

    private final String chineseName;
    private final Map<SpecialWorkGrade, String> gradeNames;

    SpecialWorkType(String chineseName, Map<SpecialWorkGrade, String> gradeNames) {
        this.chineseName = chineseName;
        this.gradeNames = gradeNames.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(gradeNames));
    }

    public String chineseName() {
        return chineseName;
    }

    /** The grades this type has; empty for an ungraded type. */
    public Set<SpecialWorkGrade> grades() {
        return gradeNames.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(SpecialWorkGrade.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(gradeNames.keySet()));
    }

    public boolean isGraded() {
        return !gradeNames.isEmpty();
    }

    /** True for a grade of this type, or for {@code null} on an ungraded type. */
    public boolean accepts(SpecialWorkGrade grade) {
        return grade == null ? gradeNames.isEmpty() : gradeNames.containsKey(grade);
    }

    /**
     * The Chinese label of a grade of this type, e.g. 特级 for hot work, Ⅲ级 for work at height.
     *
     * @throws IllegalArgumentException naming {@code grade} when this type has no such grade
     */
    public String gradeName(SpecialWorkGrade grade) {
        String name = grade == null ? null : gradeNames.get(grade);
        if (name == null) {
            throw new IllegalArgumentException("grade " + grade + " is not a grade of " + chineseName);
        }
        return name;
    }
}
