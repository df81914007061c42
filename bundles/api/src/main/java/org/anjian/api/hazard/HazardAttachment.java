package org.anjian.api.hazard;

import java.time.Instant;
import javax.validation.constraints.NotNull;

/**
 * Evidence attached to a hazard: a photo before or after rectification, or a document (JPEG, PNG or PDF, by
 * content). {@code sha256} is of the bytes.
 */
public record HazardAttachment(@NotNull Long id, @NotNull Long hazardId, @NotNull String fileName,
                               @NotNull String contentType, @NotNull Long sizeBytes, @NotNull String sha256,
                               String note, @NotNull String uploadedBy, @NotNull Instant uploadedAt) {
}
