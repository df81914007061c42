package org.anjian.rest.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.validation.constraints.NotNull;
import org.anjian.api.common.ValidationException;
import org.anjian.rest.errors.PayloadTooLargeException;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;

/** The form of an evidence upload ({@code multipart/form-data}): part {@code file}, optional part {@code note}. */
public class EvidenceUpload {
    private static final Set<String> PARTS = Set.of("file", "note");
    private static final int NOTE_MAX_BYTES = 4000;

    /** the file: a JPEG or PNG photo or a PDF document */
    @NotNull
    @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary", requiredMode =
            io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED)
    public String file;

    /** what the file shows (at most 500 characters) */
    @io.swagger.v3.oas.annotations.media.Schema(maxLength = 500)
    public String note;

    /** The parts of a request. */
    public record Parts(String fileName, String note, byte[] content) {
    }

    static Parts read(MultipartBody body) throws IOException {
        if (body == null || body.getAllAttachments().isEmpty()) {
            throw new ValidationException("file", "is required (a multipart/form-data part named file)");
        }
        Attachment file = null;
        String note = null;
        for (Attachment part : body.getAllAttachments()) {
            String name = part.getContentDisposition() == null ? null : part.getContentDisposition().getParameter("name");
            if (name == null && bytes(part, 1).length == 0) {
                continue; // what the parser makes of a body without parts: nothing was sent
            }
            if (name == null || !PARTS.contains(name)) {
                throw new ValidationException(name == null ? "body" : name, "is not a part of this form (file, note)");
            }
            if (name.equals("file")) {
                if (file != null) {
                    throw new ValidationException("file", "must be sent once (one file per request)");
                }
                file = part;
            } else {
                if (note != null) {
                    throw new ValidationException("note", "must be sent once");
                }
                byte[] bytes = bytes(part, NOTE_MAX_BYTES + 1);
                if (bytes.length > NOTE_MAX_BYTES) {
                    throw new ValidationException("note", "must be at most 500 characters");
                }
                note = new String(bytes, StandardCharsets.UTF_8);
            }
        }
        if (file == null) {
            throw new ValidationException("file", "is required (a multipart/form-data part named file)");
        }
        return new Parts(fileName(file.getContentDisposition()), note, bytes(file, Long.MAX_VALUE));
    }

    /**
     * The file's name: {@code filename*} (RFC 5987, {@code UTF-8''…}) if given, else {@code filename}, whose bytes
     * browsers send as UTF-8 and the multipart parser reads as ISO-8859-1.
     */
    static String fileName(org.apache.cxf.jaxrs.ext.multipart.ContentDisposition cd) {
        String extended = cd.getParameter("filename*");
        if (extended != null && extended.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            try {
                return java.net.URLDecoder.decode(extended.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a broken encoding: fall back to the plain name
            }
        }
        String name = cd.getParameter("filename");
        if (name == null || name.chars().allMatch(c -> c < 0x80) || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name; // really ISO-8859-1
        }
    }

    /** The bytes of a part; an oversized body stays an IOException (a 413), a broken one is a 400 naming the body. */
    private static byte[] bytes(Attachment part, long max) throws IOException {
        try (InputStream in = part.getDataHandler().getInputStream()) {
            return max == Long.MAX_VALUE ? in.readAllBytes() : in.readNBytes((int) max);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof PayloadTooLargeException) {
                    throw e;
                }
            }
            throw new ValidationException("body", "is not a readable multipart/form-data body");
        }
    }
}
