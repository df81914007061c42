package org.anjian.domain.specialequipment.service;

/** Body of {@code POST /elevator-events/{id}/handle}. */
public record HandleRequest(String note) {
}
