package org.anjian.domain.chemical.rules;

import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE1;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE2;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE3;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE4;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.SPECIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpecialWorkTypeTest {

    @Test
    void eightTypesWithChineseNames() {
        Map<SpecialWorkType, String> expected = new LinkedHashMap<>();
        expected.put(SpecialWorkType.HOT_WORK, "动火作业");
        expected.put(SpecialWorkType.CONFINED_SPACE, "受限空间作业");
        expected.put(SpecialWorkType.BLIND_PLATE, "盲板抽堵作业");
        expected.put(SpecialWorkType.WORK_AT_HEIGHT, "高处作业");
        expected.put(SpecialWorkType.LIFTING, "吊装作业");
        expected.put(SpecialWorkType.TEMPORARY_POWER, "临时用电作业");
        expected.put(SpecialWorkType.EXCAVATION, "动土作业");
        expected.put(SpecialWorkType.ROAD_CLOSURE, "断路作业");
        assertEquals(8, SpecialWorkType.values().length);
        expected.forEach((type, name) -> assertEquals(name, type.chineseName(), type.name()));
    }

    @Test
    void gradesPerType() {
        assertEquals(EnumSet.of(SPECIAL, GRADE1, GRADE2), SpecialWorkType.HOT_WORK.grades());
        assertEquals(EnumSet.of(GRADE1, GRADE2, GRADE3, GRADE4), SpecialWorkType.WORK_AT_HEIGHT.grades());
        assertEquals(EnumSet.of(GRADE1, GRADE2, GRADE3), SpecialWorkType.LIFTING.grades());
        for (SpecialWorkType t : EnumSet.of(SpecialWorkType.CONFINED_SPACE, SpecialWorkType.BLIND_PLATE,
                SpecialWorkType.TEMPORARY_POWER, SpecialWorkType.EXCAVATION, SpecialWorkType.ROAD_CLOSURE)) {
            assertEquals(Set.of(), t.grades(), t.name());
            assertFalse(t.isGraded());
            assertTrue(t.accepts(null));
            assertFalse(t.accepts(GRADE1));
        }
        assertFalse(SpecialWorkType.HOT_WORK.accepts(null));
        assertFalse(SpecialWorkType.HOT_WORK.accepts(GRADE3));
        assertThrows(UnsupportedOperationException.class, () -> SpecialWorkType.HOT_WORK.grades().add(GRADE4));
    }

    @Test
    void gradeNamesDependOnTheType() {
        assertEquals("特级", SpecialWorkType.HOT_WORK.gradeName(SPECIAL));
        assertEquals("二级", SpecialWorkType.HOT_WORK.gradeName(GRADE2));
        assertEquals("Ⅲ级", SpecialWorkType.WORK_AT_HEIGHT.gradeName(GRADE3));
        assertEquals("三级", SpecialWorkType.LIFTING.gradeName(GRADE3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecialWorkType.CONFINED_SPACE.gradeName(GRADE1));
        assertTrue(e.getMessage().startsWith("grade"));
    }

    @Test
    void workAtHeightGradeByGbT3608Bands() {
        assertEquals(Optional.empty(), SpecialWorkGrade.forWorkAtHeight(1.99));
        assertEquals(Optional.of(GRADE1), SpecialWorkGrade.forWorkAtHeight(2));
        assertEquals(Optional.of(GRADE1), SpecialWorkGrade.forWorkAtHeight(5));
        assertEquals(Optional.of(GRADE2), SpecialWorkGrade.forWorkAtHeight(5.01));
        assertEquals(Optional.of(GRADE2), SpecialWorkGrade.forWorkAtHeight(15));
        assertEquals(Optional.of(GRADE3), SpecialWorkGrade.forWorkAtHeight(15.5));
        assertEquals(Optional.of(GRADE3), SpecialWorkGrade.forWorkAtHeight(30));
        assertEquals(Optional.of(GRADE4), SpecialWorkGrade.forWorkAtHeight(30.01));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecialWorkGrade.forWorkAtHeight(-1));
        assertTrue(e.getMessage().startsWith("heightMetres"));
        assertThrows(IllegalArgumentException.class, () -> SpecialWorkGrade.forWorkAtHeight(Double.NaN));
    }

    @Test
    void liftingGradeByLoadMass() {
        assertEquals(GRADE1, SpecialWorkGrade.forLifting(100.5));
        assertEquals(GRADE2, SpecialWorkGrade.forLifting(100));
        assertEquals(GRADE2, SpecialWorkGrade.forLifting(40));
        assertEquals(GRADE3, SpecialWorkGrade.forLifting(39.9));
        assertEquals(GRADE3, SpecialWorkGrade.forLifting(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpecialWorkGrade.forLifting(-0.5));
        assertTrue(e.getMessage().startsWith("loadTonnes"));
    }
}
