package org.anjian.domain.construction.rules;

import static org.anjian.domain.construction.rules.Parameter.flag;
import static org.anjian.domain.construction.rules.Parameter.guardedNumber;
import static org.anjian.domain.construction.rules.Parameter.number;
import static org.anjian.domain.construction.rules.Parameter.requiredNumber;
import static org.anjian.domain.construction.rules.Parameter.value;

import java.util.List;
import java.util.Optional;

/**
 * The categories of 危险性较大的分部分项工程 of 建办质〔2018〕31号 附件1/附件2 and the parameters each is judged on. The
 * thresholds themselves are data ({@code construction/dangerous-works.tsv}); {@code selector}, when set, is the
 * parameter whose value picks the rows {@code CATEGORY.VALUE.…} (the scaffold's type, the structure's kind).
 */
public enum WorkCategory {
    EXCAVATION("基坑工程", null, requiredNumber("depthM", "m"), flag("complexConditions")),
    FORMWORK("模板工程及支撑体系", null,
            value("toolFormwork", false, "NONE", "LARGE", "SLIDING", "CLIMBING", "FLYING", "TUNNEL"),
            number("heightM", "m"), number("spanM", "m"), number("totalLoadKnM2", "kN/m²"), number("lineLoadKnM", "kN/m"),
            flag("loadBearingSystem"), guardedNumber("pointLoadKn", "kN", "loadBearingSystem")),
    LIFTING("起重吊装及起重机械安装拆卸工程", null, flag("nonConventional"),
            guardedNumber("singleLiftKn", "kN", "nonConventional"), flag("craneInstallation"),
            guardedNumber("craneCapacityKn", "kN", "craneInstallation"),
            guardedNumber("erectionHeightM", "m", "craneInstallation"),
            guardedNumber("baseElevationM", "m", "craneInstallation")),
    SCAFFOLD("脚手架工程", "type",
            value("type", true, "FLOOR", "ATTACHED_LIFTING", "CANTILEVER", "SUSPENDED_PLATFORM", "UNLOADING_PLATFORM",
                    "SPECIAL_SHAPED"),
            number("heightM", "m"), number("liftHeightM", "m"), number("segmentHeightM", "m")),
    DEMOLITION("拆除工程", null, flag("affectsSurroundings"), flag("specialStructure"), flag("hazardousSpread"),
            flag("heritageArea")),
    UNDERGROUND("暗挖工程", null),
    CURTAIN_WALL("建筑幕墙安装工程", null, requiredNumber("heightM", "m")),
    STEEL_STRUCTURE("钢结构、网架和索膜结构安装工程", "kind", value("kind", true, "STEEL", "SPACE_FRAME", "CABLE_MEMBRANE"),
            requiredNumber("spanM", "m")),
    MANUAL_PILE("人工挖孔桩工程", null, requiredNumber("depthM", "m")),
    UNDERWATER("水下作业工程", null),
    OTHER("其它", null, flag("prefabricatedInstallation"), flag("newTechnology"), number("liftOrMoveKn", "kN"));

    private final String nameZh;
    private final String selector;
    private final List<Parameter> parameters;

    WorkCategory(String nameZh, String selector, Parameter... parameters) {
        this.nameZh = nameZh;
        this.selector = selector;
        this.parameters = List.of(parameters);
    }

    public String nameZh() {
        return nameZh;
    }

    /** The parameter whose value selects the {@code CATEGORY.VALUE.…} rows, if any. */
    public Optional<String> selector() {
        return Optional.ofNullable(selector);
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
