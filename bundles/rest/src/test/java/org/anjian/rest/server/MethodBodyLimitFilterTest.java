package org.anjian.rest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import javax.ws.rs.container.ResourceInfo;
import org.anjian.api.rest.Upload;
import org.anjian.rest.errors.PayloadTooLargeException;
import org.anjian.rest.testing.FakeRequestContext;
import org.junit.jupiter.api.Test;

/** After matching, a method that is not an {@link Upload} gets the ordinary body limit back. */
class MethodBodyLimitFilterTest {

    static class Resource {
        public void create() {
        }

        @Upload
        public void attach() {
        }
    }

    @Test
    void anOrdinaryMethodRefusesADeclaredBodyOverTheLimit() throws Exception {
        FakeRequestContext request = new FakeRequestContext("hazards").body(bytes(11), 11);
        filter("create").filter(request);
        assertThat(request.aborted()).isNotNull();
        assertThat(request.aborted().getStatus()).isEqualTo(413);
    }

    @Test
    void anOrdinaryMethodLimitsABodyOfUnknownLengthWhileReading() throws Exception {
        FakeRequestContext request = new FakeRequestContext("hazards").body(bytes(11), -1);
        filter("create").filter(request);
        assertThat(request.aborted()).isNull();
        assertThatThrownBy(() -> request.getEntityStream().readAllBytes()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void anUploadKeepsItsLargerLimit() throws Exception {
        InputStream body = bytes(11);
        FakeRequestContext request = new FakeRequestContext("hazards/1/attachments").body(body, 11);
        filter("attach").filter(request);
        assertThat(request.aborted()).isNull();
        assertThat(request.getEntityStream()).isSameAs(body);
    }

    @Test
    void aBodyWithinTheLimitPasses() throws Exception {
        FakeRequestContext request = new FakeRequestContext("hazards").body(bytes(10), 10);
        filter("create").filter(request);
        assertThat(request.aborted()).isNull();
        assertThat(request.getEntityStream().readAllBytes()).hasSize(10);
    }

    private static MethodBodyLimitFilter filter(String method) throws Exception {
        MethodBodyLimitFilter f = new MethodBodyLimitFilter(10);
        Method m = Resource.class.getMethod(method);
        var field = MethodBodyLimitFilter.class.getDeclaredField("resource");
        field.setAccessible(true);
        field.set(f, new ResourceInfo() {
            @Override public Method getResourceMethod() { return m; }
            @Override public Class<?> getResourceClass() { return Resource.class; }
        });
        return f;
    }

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }
}
