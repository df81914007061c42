package org.anjian.api.spi;

/** One item of a checklist, with its legal basis and whether it is a 重大隐患 criterion. */
public record ChecklistItem(String code, String text, String legalBasis, boolean majorHazardCriterion) {
}
