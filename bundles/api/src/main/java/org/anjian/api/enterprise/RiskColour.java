package org.anjian.api.enterprise;

/** Four-colour risk grade: 红 重大 / 橙 较大 / 黄 一般 / 蓝 低. */
public enum RiskColour {
    RED, ORANGE, YELLOW, BLUE
}
