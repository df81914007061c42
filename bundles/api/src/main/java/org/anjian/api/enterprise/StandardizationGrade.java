package org.anjian.api.enterprise;

/** 安全生产标准化 grade: 一级 / 二级 / 三级, or none. */
public enum StandardizationGrade {
    LEVEL1, LEVEL2, LEVEL3, NONE
}
