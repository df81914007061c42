package org.anjian.domain.construction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anjian.api.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 危大工程 judgement against 建办质〔2018〕31号 附件1 (危大) and 附件2 (超过一定规模), item by item, at each threshold
 * and just below it: the annexes say "及以上", so every threshold is inclusive (DOMAIN.md 1.5).
 */
class DangerousWorkAssessorTest {
    private final DangerousWorkAssessor assessor = new DangerousWorkAssessor(Criteria.shipped());

    static Stream<Arguments> vectors() {
        return Stream.of(
                // 附件1 一 / 附件2 一: 基坑 3 m and 5 m, or complex conditions below 3 m
                Arguments.of("EXCAVATION", Map.of("depthM", 2.99), Level.NONE),
                Arguments.of("EXCAVATION", Map.of("depthM", 3), Level.DANGEROUS),
                Arguments.of("EXCAVATION", Map.of("depthM", 4.99), Level.DANGEROUS),
                Arguments.of("EXCAVATION", Map.of("depthM", 5), Level.BEYOND_SCALE),
                Arguments.of("EXCAVATION", Map.of("depthM", 2, "complexConditions", true), Level.DANGEROUS),
                // 附件1 二 / 附件2 二: 模板支撑 5/8 m high, 10/18 m span, 10/15 kN/m², 15/20 kN/m; tool formwork
                Arguments.of("FORMWORK", Map.of("heightM", 4.9), Level.NONE),
                Arguments.of("FORMWORK", Map.of("heightM", 5), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("heightM", 8), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("spanM", 10), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("spanM", 18), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("totalLoadKnM2", 9.99), Level.NONE),
                Arguments.of("FORMWORK", Map.of("totalLoadKnM2", 10), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("totalLoadKnM2", 15), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("lineLoadKnM", 15), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("lineLoadKnM", 20), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("toolFormwork", "NONE"), Level.NONE),
                Arguments.of("FORMWORK", Map.of("toolFormwork", "LARGE"), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("toolFormwork", "CLIMBING"), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("loadBearingSystem", true), Level.DANGEROUS),
                Arguments.of("FORMWORK", Map.of("loadBearingSystem", true, "pointLoadKn", 7), Level.BEYOND_SCALE),
                Arguments.of("FORMWORK", Map.of("pointLoadKn", 9), Level.NONE),
                // 附件1 三 / 附件2 三: non-conventional lifts 10/100 kN; crane installation, 300 kN, 200 m
                Arguments.of("LIFTING", Map.of("singleLiftKn", 150), Level.NONE),
                Arguments.of("LIFTING", Map.of("nonConventional", true, "singleLiftKn", 9.9), Level.NONE),
                Arguments.of("LIFTING", Map.of("nonConventional", true, "singleLiftKn", 10), Level.DANGEROUS),
                Arguments.of("LIFTING", Map.of("nonConventional", true, "singleLiftKn", 100), Level.BEYOND_SCALE),
                Arguments.of("LIFTING", Map.of("craneInstallation", true, "craneCapacityKn", 80), Level.DANGEROUS),
                Arguments.of("LIFTING", Map.of("craneInstallation", true, "craneCapacityKn", 300), Level.BEYOND_SCALE),
                Arguments.of("LIFTING", Map.of("craneInstallation", true, "erectionHeightM", 200), Level.BEYOND_SCALE),
                Arguments.of("LIFTING", Map.of("craneInstallation", true, "baseElevationM", 200), Level.BEYOND_SCALE),
                Arguments.of("LIFTING", Map.of("craneCapacityKn", 400), Level.NONE),
                // 附件1 四 / 附件2 四: scaffolds
                Arguments.of("SCAFFOLD", Map.of("type", "FLOOR", "heightM", 23.9), Level.NONE),
                Arguments.of("SCAFFOLD", Map.of("type", "FLOOR", "heightM", 24), Level.DANGEROUS),
                Arguments.of("SCAFFOLD", Map.of("type", "FLOOR", "heightM", 50), Level.BEYOND_SCALE),
                Arguments.of("SCAFFOLD", Map.of("type", "ATTACHED_LIFTING", "liftHeightM", 149), Level.DANGEROUS),
                Arguments.of("SCAFFOLD", Map.of("type", "ATTACHED_LIFTING", "liftHeightM", 150), Level.BEYOND_SCALE),
                Arguments.of("SCAFFOLD", Map.of("type", "CANTILEVER", "segmentHeightM", 20), Level.BEYOND_SCALE),
                Arguments.of("SCAFFOLD", Map.of("type", "CANTILEVER", "heightM", 60), Level.DANGEROUS),
                Arguments.of("SCAFFOLD", Map.of("type", "SUSPENDED_PLATFORM"), Level.DANGEROUS),
                Arguments.of("SCAFFOLD", Map.of("type", "UNLOADING_PLATFORM"), Level.DANGEROUS),
                Arguments.of("SCAFFOLD", Map.of("type", "SPECIAL_SHAPED"), Level.DANGEROUS),
                // 附件1 五 / 附件2 五: demolition
                Arguments.of("DEMOLITION", Map.of(), Level.NONE),
                Arguments.of("DEMOLITION", Map.of("affectsSurroundings", true), Level.DANGEROUS),
                Arguments.of("DEMOLITION", Map.of("specialStructure", true), Level.BEYOND_SCALE),
                Arguments.of("DEMOLITION", Map.of("hazardousSpread", true), Level.BEYOND_SCALE),
                Arguments.of("DEMOLITION", Map.of("heritageArea", true), Level.BEYOND_SCALE),
                // 六 暗挖, 七 其它
                Arguments.of("UNDERGROUND", Map.of(), Level.BEYOND_SCALE),
                Arguments.of("UNDERWATER", Map.of(), Level.BEYOND_SCALE),
                Arguments.of("CURTAIN_WALL", Map.of("heightM", 49.9), Level.DANGEROUS),
                Arguments.of("CURTAIN_WALL", Map.of("heightM", 50), Level.BEYOND_SCALE),
                Arguments.of("STEEL_STRUCTURE", Map.of("kind", "STEEL", "spanM", 35.9), Level.DANGEROUS),
                Arguments.of("STEEL_STRUCTURE", Map.of("kind", "STEEL", "spanM", 36), Level.BEYOND_SCALE),
                Arguments.of("STEEL_STRUCTURE", Map.of("kind", "SPACE_FRAME", "spanM", 36), Level.DANGEROUS),
                Arguments.of("STEEL_STRUCTURE", Map.of("kind", "CABLE_MEMBRANE", "spanM", 60), Level.BEYOND_SCALE),
                Arguments.of("MANUAL_PILE", Map.of("depthM", 15.9), Level.DANGEROUS),
                Arguments.of("MANUAL_PILE", Map.of("depthM", 16), Level.BEYOND_SCALE),
                Arguments.of("OTHER", Map.of(), Level.NONE),
                Arguments.of("OTHER", Map.of("prefabricatedInstallation", true), Level.DANGEROUS),
                Arguments.of("OTHER", Map.of("newTechnology", true), Level.BEYOND_SCALE),
                Arguments.of("OTHER", Map.of("liftOrMoveKn", 999), Level.NONE),
                Arguments.of("OTHER", Map.of("liftOrMoveKn", 1000), Level.BEYOND_SCALE));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("vectors")
    void judgesEachItemOfTheAnnexesAtItsThreshold(String category, Map<String, Object> parameters, Level expected) {
        Assessment a = assessor.assess(category, parameters);
        assertThat(a.level()).isEqualTo(expected);
        assertThat(a.basis().isEmpty()).isEqualTo(expected == Level.NONE);
        assertThat(a.requirements()).extracting(Assessment.Requirement::code).containsExactlyElementsOf(switch (expected) {
            case NONE -> List.<String>of();
            case DANGEROUS -> List.of("SPECIAL_PLAN");
            case BEYOND_SCALE -> List.of("SPECIAL_PLAN", "EXPERT_REVIEW");
        });
    }

    @Test
    void theBasisNamesEveryCriterionMetWithItsValueThresholdAndSource() {
        Assessment a = assessor.assess("FORMWORK", Map.of("heightM", 8.6, "spanM", 12));
        assertThat(a.level()).isEqualTo(Level.BEYOND_SCALE);
        assertThat(a.basis()).extracting(Assessment.Basis::rule)
                .containsExactly("FORMWORK.heightM.beyondScale", "FORMWORK.heightM.dangerous", "FORMWORK.spanM.dangerous");
        Assessment.Basis first = a.basis().get(0);
        assertThat(first.value()).isEqualTo(8.6);
        assertThat(first.threshold()).isEqualTo(8.0);
        assertThat(first.text()).isEqualTo("混凝土模板支撑工程：搭设高度8m及以上");
        assertThat(first.source()).isEqualTo("建办质〔2018〕31号 附件2 二(二)");
        assertThat(a.categoryName()).isEqualTo("模板工程及支撑体系");
    }

    @Test
    void aProvinceOverridesAThresholdAndTheTextFollows() {
        DangerousWorkAssessor local = new DangerousWorkAssessor(Criteria.shipped()
                .withOverrides(List.of("EXCAVATION.depthM/DANGEROUS=2.5")));
        Assessment a = local.assess("EXCAVATION", Map.of("depthM", 2.5));
        assertThat(a.level()).isEqualTo(Level.DANGEROUS);
        assertThat(a.basis().get(0).text()).startsWith("开挖深度2.5m及以上");
        assertThat(assessor.assess("EXCAVATION", Map.of("depthM", 2.5)).level()).isEqualTo(Level.NONE);
    }

    @Test
    void anOverrideNamingNoRuleOrNoNumberIsRefused() {
        for (String bad : List.of("EXCAVATION.depthM/DANGEROUS", "EXCAVATION.depth/DANGEROUS=3",
                "EXCAVATION.depthM/NONE=3", "EXCAVATION.complexConditions/DANGEROUS=1", "EXCAVATION.depthM/DANGEROUS=x",
                "EXCAVATION.depthM/DANGEROUS=-1")) {
            assertThatThrownBy(() -> Criteria.shipped().withOverrides(List.of(bad)), bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("override");
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(null, Map.of(), "category"),
                Arguments.of("BRIDGE", Map.of(), "category"),
                Arguments.of("excavation", Map.of(), "category"),
                Arguments.of("EXCAVATION", Map.of(), "parameters.depthM"),
                Arguments.of("EXCAVATION", Map.of("depthM", "5"), "parameters.depthM"),
                Arguments.of("EXCAVATION", Map.of("depthM", -1), "parameters.depthM"),
                Arguments.of("EXCAVATION", Map.of("depthM", 1e9), "parameters.depthM"),
                Arguments.of("EXCAVATION", Map.of("depthM", 4, "complexConditions", "yes"), "parameters.complexConditions"),
                Arguments.of("EXCAVATION", Map.of("depthM", 4, "heightM", 3), "parameters.heightM"),
                Arguments.of("SCAFFOLD", Map.of("heightM", 30), "parameters.type"),
                Arguments.of("SCAFFOLD", Map.of("type", "BAMBOO"), "parameters.type"),
                Arguments.of("STEEL_STRUCTURE", Map.of("kind", "STEEL"), "parameters.spanM"),
                Arguments.of("FORMWORK", Map.of("toolFormwork", 3), "parameters.toolFormwork"));
    }

    @ParameterizedTest(name = "{0} {1} -> 400 {2}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheField(String category, Map<String, Object> parameters, String field) {
        assertThatThrownBy(() -> assessor.assess(category, parameters)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    @Test
    void aNullParameterIsAbsent() {
        Map<String, Object> p = new HashMap<>();
        p.put("depthM", 4);
        p.put("complexConditions", null);
        assertThat(assessor.assess("EXCAVATION", p).level()).isEqualTo(Level.DANGEROUS);
    }

    @Test
    void theShippedTableCoversEveryCategory() {
        for (WorkCategory c : WorkCategory.values()) {
            assertThat(Criteria.shipped().of(c)).as(c.name()).isNotEmpty();
        }
    }

    @Test
    void aTableRowThatDoesNotFitTheCategoriesIsAnErrorNamingItsLine() {
        for (String row : List.of("EXCAVATION.depth\tDANGEROUS\t3\tt\ts", "BRIDGE.spanM\tDANGEROUS\t3\tt\ts",
                "EXCAVATION.depthM\tDANGEROUS\t-\tt\ts", "EXCAVATION.complexConditions\tDANGEROUS\t3\tt\ts",
                "SCAFFOLD.BAMBOO.heightM\tDANGEROUS\t3\tt\ts", "EXCAVATION.depthM\tNONE\t3\tt\ts",
                "EXCAVATION.depthM\tDANGEROUS\t3\t\ts", "FORMWORK.toolFormwork\tDANGEROUS\tLARGE|PAPER\tt\ts")) {
            String table = "rule\tlevel\tthreshold\ttext\tsource\n" + row + "\n";
            assertThatThrownBy(() -> Criteria.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                    "t.tsv"), row).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        }
    }
}
