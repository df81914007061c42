package org.anjian.rest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.ws.rs.core.Response;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.rest.errors.ApiError;
import org.anjian.rest.errors.PayloadTooLargeException;
import org.anjian.rest.testing.FakeRequestContext;
import org.junit.jupiter.api.Test;

class BodySizeLimitFilterTest {

    private static InputStream bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return new ByteArrayInputStream(b);
    }

    // --- Limited, byte by byte ---

    @Test
    void singleByteReadsUpToTheLimitWork() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(5), 5)) {
            for (int i = 0; i < 5; i++) {
                assertThat(in.read()).isEqualTo('x');
            }
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void singleByteReadOneBeyondTheLimitThrows() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(6), 5)) {
            for (int i = 0; i < 5; i++) {
                assertThat(in.read()).isEqualTo('x');
            }
            assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("5 bytes");
        }
    }

    // --- Limited, into a buffer ---

    @Test
    void bufferReadsUpToTheLimitWork() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(5), 5)) {
            byte[] buf = new byte[16];
            assertThat(in.read(buf, 0, buf.length)).isEqualTo(5);
            assertThat(in.read(buf, 0, buf.length)).isEqualTo(-1);
        }
    }

    @Test
    void bufferReadOneBeyondTheLimitThrows() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(6), 5)) {
            byte[] buf = new byte[16];
            assertThatThrownBy(() -> in.read(buf, 0, buf.length)).isInstanceOf(PayloadTooLargeException.class);
        }
    }

    @Test
    void bufferReadsAreCountedAcrossCallsAndWithOffsets() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(10), 9)) {
            byte[] buf = new byte[8];
            assertThat(in.read(buf, 2, 4)).isEqualTo(4);
            assertThat(in.read(buf, 0, 5)).isEqualTo(5);
            assertThatThrownBy(() -> in.read(buf, 0, 1)).isInstanceOf(PayloadTooLargeException.class);
        }
    }

    @Test
    void mixedReadsShareOneCount() throws IOException {
        try (InputStream in = new BodySizeLimitFilter.Limited(bytes(4), 3)) {
            assertThat(in.read()).isEqualTo('x');
            assertThat(in.read(new byte[2], 0, 2)).isEqualTo(2);
            assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
        }
    }

    @Test
    void readAllBytesIsLimitedToo() throws IOException {
        try (InputStream ok = new BodySizeLimitFilter.Limited(bytes(100), 100)) {
            assertThat(ok.readAllBytes()).hasSize(100);
        }
        try (InputStream tooBig = new BodySizeLimitFilter.Limited(bytes(101), 100)) {
            assertThatThrownBy(tooBig::readAllBytes).isInstanceOf(PayloadTooLargeException.class);
        }
    }

    @Test
    void jacksonReadingThroughTheLimitFailsWithTheLimitInTheChain() {
        byte[] json = ("{\"name\": \"" + "x".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8);
        InputStream in = new BodySizeLimitFilter.Limited(new ByteArrayInputStream(json), 64);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> ObjectMappers.api().readValue(in, Enterprise.class));

        assertThat(thrown).isNotNull();
        boolean found = false;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            found |= t instanceof PayloadTooLargeException;
        }
        assertThat(found).as("PayloadTooLargeException in the cause chain of %s", thrown).isTrue();
    }

    // --- the filter ---

    @Test
    void declaredLengthOverTheLimitIsRefusedAtOnce() {
        FakeRequestContext request = new FakeRequestContext("enterprises").body(bytes(11), 11);

        new BodySizeLimitFilter(10).filter(request);

        Response r = request.aborted();
        assertThat(r).isNotNull();
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(r.getEntity()).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.code()).isEqualTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void bodiesWithinTheLimitAreWrappedNotRefused() throws IOException {
        InputStream original = bytes(10);
        FakeRequestContext request = new FakeRequestContext("enterprises").body(original, 10);

        new BodySizeLimitFilter(10).filter(request);

        assertThat(request.aborted()).isNull();
        assertThat(request.getEntityStream()).isInstanceOf(BodySizeLimitFilter.Limited.class);
        assertThat(request.getEntityStream().readAllBytes()).hasSize(10);
    }

    @Test
    void bodiesOfUnknownLengthAreLimitedWhileReading() {
        FakeRequestContext request = new FakeRequestContext("enterprises").body(bytes(11), -1);

        new BodySizeLimitFilter(10).filter(request);

        assertThat(request.aborted()).isNull();
        assertThatThrownBy(() -> request.getEntityStream().readAllBytes()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void requestsWithoutBodyPassUntouched() {
        FakeRequestContext request = new FakeRequestContext("enterprises");

        new BodySizeLimitFilter(10).filter(request);

        assertThat(request.aborted()).isNull();
        assertThat(request.getEntityStream()).isNull();
    }
}
