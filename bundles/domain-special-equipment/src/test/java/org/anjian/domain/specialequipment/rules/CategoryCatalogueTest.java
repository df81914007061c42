package org.anjian.domain.specialequipment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryCatalogueTest {

    private final CategoryCatalogue catalogue = CategoryCatalogue.bundled();

    @Test
    void loadsTheTenTopLevelKinds() {
        Set<String> top = catalogue.all().stream().filter(Category::isTopLevel).map(Category::code)
                .collect(Collectors.toSet());
        assertEquals(Set.of("1000", "2000", "3000", "4000", "5000", "6000", "7000", "8000", "9000", "F000"), top);
    }

    @Test
    void everyEntryHasAChineseNameAndASourceTag() {
        assertTrue(catalogue.size() >= 40, "catalogue has " + catalogue.size() + " entries");
        for (Category c : catalogue.all()) {
            assertFalse(c.nameZh().isBlank(), c.code());
            assertTrue(Set.of("V", "P", "U").contains(c.sourceTag()), c.code() + " source " + c.source());
        }
    }

    @Test
    void codesSeenInSourcesAreTaggedVerified() {
        for (String code : List.of("2150", "8100", "8200", "8210", "8220", "8300")) {
            assertEquals("V", catalogue.find(code).orElseThrow().sourceTag(), code);
        }
        assertEquals("P", catalogue.find("2000").orElseThrow().sourceTag());
    }

    @Test
    void findsNamesInChinese() {
        assertEquals("汽车罐车", catalogue.find("2220").orElseThrow().nameZh());
        assertEquals("场(厂)内专用机动车辆", catalogue.find("5000").orElseThrow().nameZh());
        assertEquals("叉车", catalogue.find("5110").orElseThrow().nameZh());
        assertEquals("机械式停车设备", catalogue.find("4D00").orElseThrow().nameZh());
        assertEquals("安全附件", catalogue.find("F000").orElseThrow().nameZh());
    }

    @ParameterizedTest
    @CsvSource({
        "2220, 2220>2200>2000",
        "2000, 2000",
        "8210, 8210>8200>8000",
        "2150, 2150>2100>2000",
        "5110, 5110>5100>5000",
        "4A00, 4A00>4000",
        "3300, 3300>3000",
    })
    void parentChainRunsFromTheCategoryToTheTop(String code, String expected) {
        assertEquals(List.of(expected.split(">")), catalogue.parentChainCodes(code));
    }

    @ParameterizedTest
    @CsvSource({"2220, 2000", "2000, 2000", "8220, 8000", "4d00, 4000", "5110, 5000", "F000, F000"})
    void topLevel(String code, String expected) {
        assertEquals(expected, catalogue.topLevel(code).orElseThrow().code());
    }

    @Test
    void unknownCodes() {
        assertFalse(catalogue.isKnown("2160"));
        assertFalse(catalogue.isKnown(null));
        assertFalse(catalogue.isKnown(""));
        assertTrue(catalogue.parentChain("9999").isEmpty());
        assertTrue(catalogue.topLevel("9999").isEmpty());
        assertTrue(catalogue.find("ABCDE").isEmpty());
    }

    @Test
    void lookupIgnoresCaseAndSurroundingSpace() {
        assertTrue(catalogue.isKnown("4a00"));
        assertTrue(catalogue.isKnown(" 2220 "));
    }

    @Test
    void childrenAndWithin() {
        assertEquals(List.of("2210", "2220", "2230", "2240"),
                catalogue.children("2200").stream().map(Category::code).toList());
        assertEquals(List.of("8210", "8220"), catalogue.children("8200").stream().map(Category::code).toList());
        assertTrue(catalogue.isWithin("2220", "2000"));
        assertTrue(catalogue.isWithin("2220", "2220"));
        assertFalse(catalogue.isWithin("2220", "2100"));
    }

    @Test
    void rejectsAnUnknownParent() {
        String csv = "code,parentCode,nameZh,nameEn,source\n1000,,锅炉,Boilers,[P]\n1100,1900,x,x,[U]\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CategoryCatalogue.load(new StringReader(csv), "test.csv"));
        assertTrue(e.getMessage().contains("unknown parent 1900"), e.getMessage());
    }

    @Test
    void rejectsDuplicatesCyclesMissingTagsAndBadHeaders() {
        String header = "code,parentCode,nameZh,nameEn,source\n";
        assertThrows(IllegalArgumentException.class, () -> CategoryCatalogue.load(
                new StringReader(header + "1000,,锅炉,Boilers,[P]\n1000,,锅炉,Boilers,[P]\n"), "dup"));
        assertThrows(IllegalArgumentException.class, () -> CategoryCatalogue.load(
                new StringReader(header + "1000,1100,a,a,[P]\n1100,1000,b,b,[P]\n"), "cycle"));
        assertThrows(IllegalArgumentException.class, () -> CategoryCatalogue.load(
                new StringReader(header + "1000,,锅炉,Boilers,checked\n"), "tag"));
        assertThrows(IllegalArgumentException.class, () -> CategoryCatalogue.load(
                new StringReader(header + "100,,锅炉,Boilers,[P]\n"), "short code"));
        assertThrows(IllegalArgumentException.class, () -> CategoryCatalogue.load(
                new StringReader("code,parent,nameZh,nameEn,source\n1000,,锅炉,Boilers,[P]\n"), "header"));
    }

    @Test
    void readsQuotedFieldsAndAByteOrderMark() {
        String csv = "\uFEFFcode,parentCode,nameZh,nameEn,source\n1000,,锅炉,\"Boilers, steam and hot water\",[P]\n";
        CategoryCatalogue small = CategoryCatalogue.load(new StringReader(csv), "bom");
        assertEquals("Boilers, steam and hot water", small.find("1000").orElseThrow().nameEn());
    }
}
