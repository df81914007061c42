package org.anjian.domain.chemical.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SubstanceCatalogueTest {
    private static final SubstanceCatalogue CATALOGUE = SubstanceCatalogue.loadDefault();

    private static final String CLASSES = "hazardClass,criticalQuantityTonnes,beta,source\n"
            + "W2,10,1.5,test\nJ3,50,2,test\n";
    private static final String SUBSTANCE_HEADER = "name,aliases,cas,criticalQuantityTonnes,beta,hazardClass,source\n";

    /** DOMAIN.md 1.2 critical quantities and the CAS numbers of the brief. */
    private static Map<String, Object[]> namedSubstances() {
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("氨", new Object[] {"10", "7664-41-7"});
        m.put("液氨", new Object[] {"10", "7664-41-7"});
        m.put("氯", new Object[] {"5", "7782-50-5"});
        m.put("液化石油气", new Object[] {"50", "68476-85-7"});
        m.put("甲烷", new Object[] {"50", "74-82-8"});
        m.put("天然气", new Object[] {"50", "74-82-8"});
        m.put("甲醇", new Object[] {"500", "67-56-1"});
        m.put("乙醇", new Object[] {"500", "64-17-5"});
        m.put("丙酮", new Object[] {"500", "67-64-1"});
        m.put("甲苯", new Object[] {"500", "108-88-3"});
        m.put("乙酸乙酯", new Object[] {"500", "141-78-6"});
        m.put("正己烷", new Object[] {"500", "110-54-3"});
        m.put("苯", new Object[] {"50", "71-43-2"});
        m.put("汽油", new Object[] {"200", "86290-81-5"});
        m.put("氢", new Object[] {"5", "1333-74-0"});
        m.put("乙炔", new Object[] {"1", "74-86-2"});
        m.put("乙烯", new Object[] {"50", "74-85-1"});
        m.put("氯乙烯", new Object[] {"50", "75-01-4"});
        m.put("二甲醚", new Object[] {"50", "115-10-6"});
        m.put("1,3-丁二烯", new Object[] {"5", "106-99-0"});
        m.put("硫化氢", new Object[] {"5", "7783-06-4"});
        m.put("光气", new Object[] {"0.3", "75-44-5"});
        m.put("环氧乙烷", new Object[] {"10", "75-21-8"});
        m.put("环氧丙烷", new Object[] {"10", "75-56-9"});
        m.put("二氧化硫", new Object[] {"20", "7446-09-5"});
        m.put("氯化氢", new Object[] {"20", "7647-01-0"});
        m.put("甲醛(>90%)", new Object[] {"5", "50-00-0"});
        m.put("乙醚", new Object[] {"10", "60-29-7"});
        m.put("氧", new Object[] {"200", "7782-44-7"});
        m.put("硝酸胍", new Object[] {"50", "506-93-4"});
        return m;
    }

    @Test
    void everyNamedSubstanceHasItsCriticalQuantityAndCas() {
        assertAll(namedSubstances().entrySet().stream().map(e -> (Executable) () -> {
            String name = e.getKey();
            BigDecimal q = new BigDecimal((String) e.getValue()[0]);
            String cas = (String) e.getValue()[1];
            Substance byName = CATALOGUE.findByName(name).orElseThrow(() -> new AssertionError("missing " + name));
            assertEquals(0, q.compareTo(byName.thresholdQuantityTonnes()), name + " Q");
            assertEquals(cas, byName.cas(), name + " CAS");
            assertSame(byName, CATALOGUE.findByCas(cas).orElseThrow(), name + " by CAS");
        }));
    }

    @Test
    void table3SubstanceFactorsOfNamedToxicGases() {
        Map<String, String> beta = new LinkedHashMap<>();
        beta.put("一氧化碳", "2");
        beta.put("二氧化硫", "2");
        beta.put("氨", "2");
        beta.put("环氧乙烷", "2");
        beta.put("氯化氢", "3");
        beta.put("溴甲烷", "3");
        beta.put("氯", "4");
        beta.put("硫化氢", "5");
        beta.put("氟化氢", "5");
        beta.put("二氧化氮", "10");
        beta.put("氰化氢", "10");
        beta.put("碳酰氯", "20");
        beta.put("磷化氢", "20");
        beta.put("异氰酸甲酯", "20");
        assertAll(beta.entrySet().stream().map(e -> (Executable) () -> {
            Substance s = CATALOGUE.findByName(e.getKey()).orElseThrow(() -> new AssertionError("missing " + e.getKey()));
            assertEquals(0, new BigDecimal(e.getValue()).compareTo(CATALOGUE.substanceFactor(s)), e.getKey() + " β");
        }));
    }

    @Test
    void substanceFactorFollowsTheClassTableOutsideTable3() {
        assertEquals(0, new BigDecimal("1.5").compareTo(beta("液化石油气")), "flammable gas W2");
        assertEquals(0, new BigDecimal("1.5").compareTo(beta("乙醚")), "flammable liquid category 1, W5.1");
        assertEquals(0, BigDecimal.ONE.compareTo(beta("甲醇")), "flammable liquid category 2, W5.3");
        assertEquals(0, BigDecimal.ONE.compareTo(beta("汽油")), "no class recorded: β = 1");
    }

    @Test
    void classTableHasTable2QuantitiesAndTable4Factors() {
        String[][] expected = {
            {"J1", "5", "4"}, {"J2", "50", "1"}, {"J3", "50", "2"}, {"J4", "50", "2"}, {"J5", "500", "1"},
            {"W1.1", "1", "2"}, {"W1.2", "10", "2"}, {"W1.3", "50", "2"}, {"W2", "10", "1.5"}, {"W3", "150", "1"},
            {"W4", "50", "1"}, {"W5.1", "10", "1.5"}, {"W5.2", "50", "1"}, {"W5.3", "1000", "1"},
            {"W5.4", "5000", "1"}, {"W6.1", "10", "1.5"}, {"W6.2", "50", "1"}, {"W7.1", "10", "1.5"},
            {"W7.2", "50", "1"}, {"W8", "50", "1"}, {"W9.1", "50", "1"}, {"W9.2", "200", "1"}, {"W10", "200", "1"},
            {"W11", "200", "1"}};
        assertEquals(expected.length, CATALOGUE.hazardClasses().size());
        assertAll(java.util.Arrays.stream(expected).map(row -> (Executable) () -> {
            HazardClassLimit c = CATALOGUE.findHazardClass(row[0]).orElseThrow(() -> new AssertionError(row[0]));
            assertEquals(0, new BigDecimal(row[1]).compareTo(c.thresholdQuantityTonnes()), row[0] + " Q");
            assertEquals(0, new BigDecimal(row[2]).compareTo(c.substanceFactor()), row[0] + " β");
        }));
    }

    @Test
    void lookupIsExactAfterTrimming() {
        assertEquals("氨", CATALOGUE.findByName("  液氨 ").orElseThrow().name());
        assertEquals("氨", CATALOGUE.findByCas(" 7664-41-7\t").orElseThrow().name());
        assertEquals("W2", CATALOGUE.findHazardClass(" w2 ").orElseThrow().code());
        assertTrue(CATALOGUE.findByName("液 氨").isEmpty());
        assertTrue(CATALOGUE.findByName("氨水").isEmpty());
        assertTrue(CATALOGUE.findByName("甲醛").isEmpty(), "plain 甲醛 is not the >90% entry");
        assertTrue(CATALOGUE.findByCas("7664417").isEmpty());
        assertTrue(CATALOGUE.findByName(null).isEmpty());
        assertTrue(CATALOGUE.findHazardClass("W99").isEmpty());
    }

    @Test
    void everyRowIsSourcedAndConsistent() {
        assertAll(CATALOGUE.substances().stream().map(s -> (Executable) () -> {
            assertTrue(s.source().matches(".*\\[[VPU]\\].*"), s.name() + " source has a DOMAIN.md tag");
            assertTrue(s.cas() == null || CasNumber.isValid(s.cas()), s.name() + " CAS check digit");
            assertNotNull(s.substanceFactor(), s.name() + " β recorded");
            for (String c : s.hazardClasses()) {
                assertTrue(CATALOGUE.findHazardClass(c).isPresent(), s.name() + " class " + c);
            }
        }));
        assertAll(CATALOGUE.hazardClasses().stream().map(c -> (Executable) () ->
                assertTrue(c.source().matches(".*\\[[VPU]\\].*"), c.code() + " source has a DOMAIN.md tag")));
    }

    @Test
    void substanceWithoutCriticalQuantityFallsBackToItsLowestClass() {
        Substance co = CATALOGUE.findByName("一氧化碳").orElseThrow();
        assertNull(co.thresholdQuantityTonnes());
        assertEquals("630-08-0", co.cas());
        HazardClassLimit lowest = CATALOGUE.lowestThresholdClass(co).orElseThrow();
        assertEquals("W2", lowest.code(), "J3 (50 t) and W2 (10 t): the lower Q wins");
    }

    @Test
    void casCheckDigit() {
        assertTrue(CasNumber.isValid("7732-18-5"));
        assertFalse(CasNumber.isValid("7732-18-4"));
        assertFalse(CasNumber.isValid("7732185"));
        assertFalse(CasNumber.isValid("1-18-5"));
        assertFalse(CasNumber.isValid(null));
    }

    @Test
    void loadsTablesFromStreamsWithBomCrlfAndQuotes() {
        String substances = "\uFEFF" + SUBSTANCE_HEADER.replace("\n", "\r\n")
                + "\"测试,气体\",\"别名甲|别名\"\"乙\"\"\",7732-18-5,2.5,,W2,\"note, with comma\"\r\n"
                + "\r\n"
                + "无临界量物质,,,,,J3|W2,test\r\n";
        SubstanceCatalogue c = SubstanceCatalogue.load(stream(substances), stream(CLASSES));
        assertEquals(2, c.substances().size());
        Substance s = c.findByName("别名\"乙\"").orElseThrow();
        assertEquals("测试,气体", s.name());
        assertEquals("note, with comma", s.source());
        assertEquals(0, new BigDecimal("1.5").compareTo(c.substanceFactor(s)), "empty β takes the class β");
        Substance other = c.findByName("无临界量物质").orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(c.substanceFactor(other)), "highest class β");
    }

    @Test
    void rejectsBadTables() {
        assertLoadFails("header", "name,cas\n", CLASSES);
        assertLoadFails("line 2", SUBSTANCE_HEADER + "甲,,7732-18-4,1,1,,x\n", CLASSES);
        assertLoadFails("already used", SUBSTANCE_HEADER + "甲,乙,,1,1,,x\n乙,,,1,1,,x\n", CLASSES);
        assertLoadFails("already used", SUBSTANCE_HEADER + "甲,,7732-18-5,1,1,,x\n乙,,7732-18-5,1,1,,x\n", CLASSES);
        assertLoadFails("W5.1", SUBSTANCE_HEADER + "甲,,,1,1,W5.1,x\n", CLASSES);
        assertLoadFails("criticalQuantityTonnes", SUBSTANCE_HEADER + "甲,,,0,1,,x\n", CLASSES);
        assertLoadFails("beta", SUBSTANCE_HEADER + "甲,,,1,abc,,x\n", CLASSES);
        assertLoadFails("fields", SUBSTANCE_HEADER + "甲,,,1,1\n", CLASSES);
        assertLoadFails("name", SUBSTANCE_HEADER + " ,,,1,1,,x\n", CLASSES);
        assertLoadFails("unterminated", SUBSTANCE_HEADER + "\"甲,,,1,1,,x\n", CLASSES);
        assertLoadFails("required", SUBSTANCE_HEADER, "hazardClass,criticalQuantityTonnes,beta,source\nW2,,1.5,x\n");
        assertLoadFails("twice", SUBSTANCE_HEADER, CLASSES + "w2,10,1.5,x\n");
    }

    private static void assertLoadFails(String messagePart, String substances, String classes) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubstanceCatalogue.load(stream(substances), stream(classes)));
        assertTrue(e.getMessage().contains(messagePart), () -> "message should mention " + messagePart + ": "
                + e.getMessage());
    }

    private static BigDecimal beta(String name) {
        return CATALOGUE.substanceFactor(CATALOGUE.findByName(name).orElseThrow());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aliasesResolveToTheSameEntry() {
        for (List<String> group : List.of(List.of("光气", "碳酰氯"), List.of("甲烷", "天然气"), List.of("氯", "液氯"),
                List.of("1,3-丁二烯", "丁二烯"), List.of("氧", "液氧"))) {
            Substance first = CATALOGUE.findByName(group.get(0)).orElseThrow();
            for (String alias : group) {
                assertSame(first, CATALOGUE.findByName(alias).orElseThrow(), alias);
            }
        }
    }
}
