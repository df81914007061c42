package org.anjian.domain.construction.rules;

/** What a 分部分项工程 is under 住建部令第37号: not a 危大工程, a 危大工程, or one beyond a certain scale. */
public enum Level {
    /** Below every criterion: no special construction plan is required by the regulation. */
    NONE("非危大工程"),
    /** 危大工程 (附件1): a 专项施工方案, reviewed by the contractor's technical head and the chief supervising engineer. */
    DANGEROUS("危大工程"),
    /** 超过一定规模的危大工程 (附件2): the plan, and an expert review (专家论证) before it is approved. */
    BEYOND_SCALE("超过一定规模的危大工程");

    private final String nameZh;

    Level(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
