package org.anjian.api.hazard;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;

/** The evidence files of hazards, inside the caller's jurisdiction; every upload is audited. */
@ProviderType
public interface HazardAttachmentService {
    /** The largest file accepted, in bytes. */
    long maxBytes();

    /**
     * Stores a file for a hazard the caller may write. The type is read from the bytes (JPEG, PNG, PDF), not the
     * name; anything else, an empty file or one over {@link #maxBytes()} is a 400 and stores nothing.
     */
    HazardAttachment attach(AnjianPrincipal caller, long hazardId, String fileName, String note, byte[] content);

    List<HazardAttachment> attachments(AnjianPrincipal caller, long hazardId);

    /** A file with its bytes, of a hazard the caller may see. */
    Optional<Content> content(AnjianPrincipal caller, long hazardId, long attachmentId);

    /** An attachment and its bytes. */
    record Content(HazardAttachment attachment, byte[] bytes) {
    }
}
