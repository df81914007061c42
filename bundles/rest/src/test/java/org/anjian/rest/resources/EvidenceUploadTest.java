package org.anjian.rest.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.anjian.api.common.ValidationException;
import org.anjian.rest.errors.PayloadTooLargeException;
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.multipart.ContentDisposition;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.junit.jupiter.api.Test;

/** The evidence form: part file (once), optional note, nothing else; a broken body is the client's fault. */
class EvidenceUploadTest {

    @Test
    void aFileAndANoteAreRead() throws IOException {
        EvidenceUpload.Parts parts = EvidenceUpload.read(body(
                part("file", "现场.png", new byte[]{1, 2, 3}), part("note", null, "整改前".getBytes(StandardCharsets.UTF_8))));
        assertThat(parts.fileName()).isEqualTo("现场.png");
        assertThat(parts.note()).isEqualTo("整改前");
        assertThat(parts.content()).containsExactly(1, 2, 3);
        assertThat(EvidenceUpload.read(body(part("file", null, new byte[]{9}))).note()).isNull();
    }

    @Test
    void aMissingRepeatedOrUnknownPartIsRefusedNamingIt() {
        assertRefused(null, "file");
        assertRefused(body(), "file");
        assertRefused(body(part("note", null, "只有说明".getBytes(StandardCharsets.UTF_8))), "file");
        assertRefused(body(part("file", "a.png", new byte[]{1}), part("file", "b.png", new byte[]{2})), "file");
        assertRefused(body(part("file", "a.png", new byte[]{1}), part("note", null, new byte[]{1}),
                part("note", null, new byte[]{2})), "note");
        assertRefused(body(part("photo", "a.png", new byte[]{1})), "photo");
        assertRefused(body(new Attachment("x", new ByteArrayInputStream(new byte[]{1}), null)), "body");
        assertRefused(body(new Attachment("root", new ByteArrayInputStream(new byte[0]), null)), "file");
        assertRefused(body(part("file", "a.png", new byte[]{1}), part("note", null, new byte[4001])), "note");
    }

    @Test
    void anUnreadablePartIsA400ButAnOversizedBodyStaysA413() {
        InputStream broken = new InputStream() {
            @Override public int read() throws IOException { throw new IOException("connection reset"); }
        };
        assertRefused(body(new Attachment("f", broken, new ContentDisposition("form-data; name=\"file\""))), "body");

        InputStream tooLarge = new InputStream() {
            @Override public int read() throws IOException { throw new IOException(new PayloadTooLargeException(10)); }
        };
        assertThatThrownBy(() -> EvidenceUpload.read(body(new Attachment("f", tooLarge,
                new ContentDisposition("form-data; name=\"file\"")))))
                .isInstanceOf(IOException.class).hasRootCauseInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aFileNameSentAsUtf8BytesOrAsRfc5987IsReadAsUtf8() {
        String misread = new String("现场照片.png".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(EvidenceUpload.fileName(new ContentDisposition("form-data; name=\"file\"; filename=\"" + misread + "\"")))
                .isEqualTo("现场照片.png");
        assertThat(EvidenceUpload.fileName(new ContentDisposition(
                "form-data; name=\"file\"; filename=\"x.png\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E5%90%8E.png")))
                .isEqualTo("整改后.png");
        assertThat(EvidenceUpload.fileName(new ContentDisposition("form-data; name=\"file\"; filename=\"caf\u00e9.png\"")))
                .as("a name that is not UTF-8 stays as it came").isEqualTo("caf\u00e9.png");
        assertThat(EvidenceUpload.fileName(new ContentDisposition("form-data; name=\"file\"; filename=\"scan.pdf\"")))
                .isEqualTo("scan.pdf");
        assertThat(EvidenceUpload.fileName(new ContentDisposition("form-data; name=\"file\""))).isNull();
    }

    private static void assertRefused(MultipartBody body, String field) {
        assertThatThrownBy(() -> EvidenceUpload.read(body)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static Attachment part(String name, String fileName, byte[] content) {
        return new Attachment(name, new ByteArrayInputStream(content), new ContentDisposition(
                "form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\"" + fileName + "\"")));
    }

    private static MultipartBody body(Attachment... parts) {
        return new MultipartBody(new ArrayList<>(List.of(parts)));
    }
}
