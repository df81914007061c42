package org.anjian.domain.specialequipment.service;

import javax.validation.constraints.Size;
import org.anjian.api.validation.MultilineText;

/** Body of {@code POST /elevator-events/{id}/handle}: an optional note. */
public record HandleRequest(@Size(max = 1000) @MultilineText String note) {
}
