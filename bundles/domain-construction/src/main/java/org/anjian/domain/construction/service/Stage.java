package org.anjian.domain.construction.service;

/**
 * The lifecycle of a 危大工程 (住建部令第37号 第十条–第二十一条): the special plan drafted, reviewed by experts (only
 * beyond a certain scale, and always then), approved by the contractor's technical head and the chief supervising
 * engineer, carried out, and accepted (验收) before the next step of the works.
 */
public enum Stage {
    PLAN_DRAFTED("专项施工方案编制"),
    EXPERT_REVIEWED("专家论证"),
    APPROVED("方案审批"),
    IN_PROGRESS("施工中"),
    ACCEPTED("验收");

    private final String nameZh;

    Stage(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
