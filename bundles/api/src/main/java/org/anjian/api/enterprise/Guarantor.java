package org.anjian.api.enterprise;

/** 包保责任人: an official who personally guarantees the enterprise's supervision. */
public record Guarantor(String name, String position, String phone) {
}
