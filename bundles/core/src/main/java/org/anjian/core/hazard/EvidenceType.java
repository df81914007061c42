package org.anjian.core.hazard;

import java.util.Optional;

/** The kinds of evidence file accepted, recognised by their first bytes (never by the name a client gives). */
public enum EvidenceType {
    JPEG("image/jpeg", "jpg", new int[]{0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[]{0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new int[]{0x25, 0x50, 0x44, 0x46, 0x2D});

    private final String mediaType;
    private final String extension;
    private final int[] magic;

    EvidenceType(String mediaType, String extension, int[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type these bytes are, if any of ours. */
    public static Optional<EvidenceType> of(byte[] bytes) {
        for (EvidenceType t : values()) {
            if (t.matches(bytes)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] bytes) {
        if (bytes == null || bytes.length < magic.length + 1) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
