package org.anjian.api.enterprise;

/** All-element assessment (全要素评价): 好 / 中 / 差. */
public enum Assessment {
    GOOD, FAIR, POOR
}
