package org.anjian.domain.chemical.rules;

import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE1;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE2;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE3;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.GRADE4;
import static org.anjian.domain.chemical.rules.SpecialWorkGrade.SPECIAL;
import static org.anjian.domain.chemical.rules.SpecialWorkType.BLIND_PLATE;
import static org.anjian.domain.chemical.rules.SpecialWorkType.CONFINED_SPACE;
import static org.anjian.domain.chemical.rules.SpecialWorkType.EXCAVATION;
import static org.anjian.domain.chemical.rules.SpecialWorkType.HOT_WORK;
import static org.anjian.domain.chemical.rules.SpecialWorkType.LIFTING;
import static org.anjian.domain.chemical.rules.SpecialWorkType.ROAD_CLOSURE;
import static org.anjian.domain.chemical.rules.SpecialWorkType.TEMPORARY_POWER;
import static org.anjian.domain.chemical.rules.SpecialWorkType.WORK_AT_HEIGHT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PermitValidityPolicyTest {
    private static final PermitValidityPolicy DEFAULTS = PermitValidityPolicy.defaults();
    private static final Instant FROM = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void defaultsFromDomainReference() {
        assertEquals(Duration.ofHours(8), DEFAULTS.maxValidity(HOT_WORK, SPECIAL));
        assertEquals(Duration.ofHours(8), DEFAULTS.maxValidity(HOT_WORK, GRADE1));
        assertEquals(Duration.ofHours(72), DEFAULTS.maxValidity(HOT_WORK, GRADE2));
        assertEquals(Duration.ofHours(24), DEFAULTS.maxValidity(CONFINED_SPACE, null));
        assertEquals(Duration.ofDays(15), DEFAULTS.maxValidity(TEMPORARY_POWER, null));
    }

    @Test
    void documentedPlaceholderDefaultsForTheRest() {
        Duration day = Duration.ofHours(24);
        assertEquals(day, DEFAULTS.maxValidity(BLIND_PLATE, null));
        assertEquals(day, DEFAULTS.maxValidity(EXCAVATION, null));
        assertEquals(day, DEFAULTS.maxValidity(ROAD_CLOSURE, null));
        for (SpecialWorkGrade g : List.of(GRADE1, GRADE2, GRADE3, GRADE4)) {
            assertEquals(day, DEFAULTS.maxValidity(WORK_AT_HEIGHT, g));
        }
        for (SpecialWorkGrade g : List.of(GRADE1, GRADE2, GRADE3)) {
            assertEquals(day, DEFAULTS.maxValidity(LIFTING, g));
        }
    }

    @Test
    void everyTypeAndGradeHasADefault() {
        List<Executable> checks = new ArrayList<>();
        for (SpecialWorkType type : SpecialWorkType.values()) {
            if (type.isGraded()) {
                for (SpecialWorkGrade g : type.grades()) {
                    checks.add(() -> assertDoesNotThrow(() -> DEFAULTS.maxValidity(type, g), type + ":" + g));
                }
            } else {
                checks.add(() -> assertDoesNotThrow(() -> DEFAULTS.maxValidity(type, null), type.name()));
            }
        }
        assertAll(checks);
    }

    @Test
    void checkAcceptsEachDefaultWindowInFull() {
        assertDoesNotThrow(() -> DEFAULTS.check(HOT_WORK, SPECIAL, FROM, FROM.plus(Duration.ofHours(8))));
        assertDoesNotThrow(() -> DEFAULTS.check(HOT_WORK, GRADE1, FROM, FROM.plus(Duration.ofHours(8))));
        assertDoesNotThrow(() -> DEFAULTS.check(HOT_WORK, GRADE2, FROM, FROM.plus(Duration.ofHours(72))));
        assertDoesNotThrow(() -> DEFAULTS.check(CONFINED_SPACE, null, FROM, FROM.plus(Duration.ofHours(24))));
        assertDoesNotThrow(() -> DEFAULTS.check(TEMPORARY_POWER, null, FROM, FROM.plus(Duration.ofDays(15))));
        assertDoesNotThrow(() -> DEFAULTS.check(WORK_AT_HEIGHT, GRADE4, FROM, FROM.plus(Duration.ofMinutes(30))));
    }

    @Test
    void overLongWindowIsRejectedNamingValidUntil() {
        assertMessage("validUntil", () -> DEFAULTS.check(HOT_WORK, SPECIAL, FROM, FROM.plus(Duration.ofHours(8)).plusSeconds(1)));
        assertMessage("validUntil", () -> DEFAULTS.check(HOT_WORK, GRADE1, FROM, FROM.plus(Duration.ofHours(9))));
        assertMessage("validUntil", () -> DEFAULTS.check(HOT_WORK, GRADE2, FROM, FROM.plus(Duration.ofHours(73))));
        assertMessage("validUntil", () -> DEFAULTS.check(CONFINED_SPACE, null, FROM, FROM.plus(Duration.ofHours(25))));
        assertMessage("validUntil", () -> DEFAULTS.check(TEMPORARY_POWER, null, FROM, FROM.plus(Duration.ofDays(16))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DEFAULTS.check(HOT_WORK, SPECIAL, FROM, FROM.plus(Duration.ofHours(9))));
        assertTrue(e.getMessage().contains("PT8H") && e.getMessage().contains("特级"), e.getMessage());
    }

    @Test
    void reversedOrEmptyWindowIsRejectedNamingValidUntil() {
        assertMessage("validUntil", () -> DEFAULTS.check(CONFINED_SPACE, null, FROM, FROM.minusSeconds(1)));
        assertMessage("validUntil", () -> DEFAULTS.check(CONFINED_SPACE, null, FROM, FROM));
        assertMessage("validUntil", () -> DEFAULTS.check(CONFINED_SPACE, null, FROM, null));
        assertMessage("validFrom", () -> DEFAULTS.check(CONFINED_SPACE, null, null, FROM));
    }

    @Test
    void invalidGradeIsRejectedNamingGrade() {
        assertMessage("grade", () -> DEFAULTS.check(HOT_WORK, GRADE3, FROM, FROM.plusSeconds(60)));
        assertMessage("grade", () -> DEFAULTS.check(HOT_WORK, null, FROM, FROM.plusSeconds(60)));
        assertMessage("grade", () -> DEFAULTS.check(CONFINED_SPACE, GRADE1, FROM, FROM.plusSeconds(60)));
        assertMessage("grade", () -> DEFAULTS.check(LIFTING, GRADE4, FROM, FROM.plusSeconds(60)));
        assertMessage("grade", () -> DEFAULTS.check(WORK_AT_HEIGHT, SPECIAL, FROM, FROM.plusSeconds(60)));
        assertMessage("grade", () -> DEFAULTS.maxValidity(TEMPORARY_POWER, GRADE2));
        assertMessage("type", () -> DEFAULTS.maxValidity(null, null));
    }

    @Test
    void gradeSpecificKeyWinsOverTypeKey() {
        PermitValidityPolicy policy = new PermitValidityPolicy(Map.of(
                "HOT_WORK", Duration.ofHours(48),
                "HOT_WORK:SPECIAL", Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), policy.maxValidity(HOT_WORK, SPECIAL));
        assertEquals(Duration.ofHours(48), policy.maxValidity(HOT_WORK, GRADE1));
        assertEquals(Duration.ofHours(48), policy.maxValidity(HOT_WORK, GRADE2));
        assertMessage("validUntil", () -> policy.check(HOT_WORK, SPECIAL, FROM, FROM.plus(Duration.ofHours(5))));
        assertDoesNotThrow(() -> policy.check(HOT_WORK, GRADE1, FROM, FROM.plus(Duration.ofHours(5))));
    }

    @Test
    void missingConfigurationIsAnErrorOfTheConfiguration() {
        PermitValidityPolicy policy = new PermitValidityPolicy(Map.of("HOT_WORK:SPECIAL", Duration.ofHours(8)));
        assertThrows(IllegalStateException.class, () -> policy.maxValidity(HOT_WORK, GRADE2));
        assertThrows(IllegalStateException.class, () -> policy.maxValidity(CONFINED_SPACE, null));
    }

    @Test
    void badConfigurationKeysAndDurationsAreRejected() {
        assertMessage("maxValidity[FLYING]", () -> new PermitValidityPolicy(Map.of("FLYING", Duration.ofHours(1))));
        assertMessage("maxValidity[HOT_WORK:GRADE9]",
                () -> new PermitValidityPolicy(Map.of("HOT_WORK:GRADE9", Duration.ofHours(1))));
        assertMessage("maxValidity[CONFINED_SPACE:GRADE1]",
                () -> new PermitValidityPolicy(Map.of("CONFINED_SPACE:GRADE1", Duration.ofHours(1))));
        assertMessage("maxValidity[HOT_WORK:GRADE3]",
                () -> new PermitValidityPolicy(Map.of("HOT_WORK:GRADE3", Duration.ofHours(1))));
        assertMessage("maxValidity[LIFTING]", () -> new PermitValidityPolicy(Map.of("LIFTING", Duration.ZERO)));
        assertMessage("maxValidity[LIFTING]",
                () -> new PermitValidityPolicy(Map.of("LIFTING", Duration.ofHours(-1))));
    }

    @Test
    void defaultMaxValidityIsAnEditableCopy() {
        Map<String, Duration> config = PermitValidityPolicy.defaultMaxValidity();
        assertEquals(Duration.ofDays(15), config.get("TEMPORARY_POWER"));
        config.put("TEMPORARY_POWER", Duration.ofDays(30));
        PermitValidityPolicy extended = new PermitValidityPolicy(config);
        assertDoesNotThrow(() -> extended.check(TEMPORARY_POWER, null, FROM, FROM.plus(Duration.ofDays(30))));
        assertEquals(Duration.ofDays(15), PermitValidityPolicy.defaults().maxValidity(TEMPORARY_POWER, null));
    }

    private static void assertMessage(String field, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(field), () -> "message should start with " + field + ": " + e.getMessage());
    }
}
