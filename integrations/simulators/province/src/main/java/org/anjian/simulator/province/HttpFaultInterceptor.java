package org.anjian.simulator.province;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Transport-level faults, applied before anything is read: "down" answers HTTP 503 with
 * Retry-After, "drop" closes the TCP connection without an answer.
 */
final class HttpFaultInterceptor extends AbstractPhaseInterceptor<Message> {
    private final FaultInjector faults;

    HttpFaultInterceptor(FaultInjector faults) {
        super(Phase.RECEIVE);
        this.faults = faults;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        HttpServletRequest req = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        HttpServletResponse resp = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        if (req == null || resp == null || "GET".equals(req.getMethod())) {
            return; // WSDL downloads are never faulted
        }
        Instant now = Instant.now();
        if (faults.isDown(now)) {
            faults.refused.incrementAndGet();
            long secs = Math.max(1, Duration.between(now, faults.settings().downUntil).toSeconds());
            try {
                resp.setStatus(503);
                resp.setHeader("Retry-After", Long.toString(secs));
                resp.setContentType("text/plain");
                resp.getOutputStream().write("service down (simulated)\n".getBytes());
                resp.flushBuffer();
            } catch (IOException ignored) {
                // client went away
            }
            message.getInterceptorChain().abort();
            return;
        }
        if (faults.shouldDrop()) {
            faults.drops.incrementAndGet();
            org.eclipse.jetty.server.Request base = org.eclipse.jetty.server.Request.getBaseRequest(req);
            if (base != null) {
                base.getHttpChannel().getEndPoint().close();
            }
            message.getInterceptorChain().abort();
        }
    }
}
