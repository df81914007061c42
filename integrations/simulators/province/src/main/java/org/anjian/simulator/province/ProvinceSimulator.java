package org.anjian.simulator.province;

import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.transport.http_jetty.JettyHTTPServerEngineFactory;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;

/** The simulator: SOAP endpoint (CXF on embedded Jetty) plus the JSON admin endpoint. */
public final class ProvinceSimulator implements AutoCloseable {
    private final SimulatorConfig config;
    private final ProvinceState state;
    private final FaultInjector faults;
    private Bus bus;
    private EndpointImpl endpoint;
    private AdminServer admin;

    public ProvinceSimulator(SimulatorConfig config) {
        this.config = config;
        this.state = new ProvinceState(config.county, config.seed, config.findings);
        this.faults = new FaultInjector(config.seed);
    }

    public synchronized ProvinceSimulator start() throws java.io.IOException {
        bus = BusFactory.newInstance().createBus();
        endpoint = new EndpointImpl(bus, new ProvinceExchangeImpl(state, faults));
        endpoint.setWsdlLocation("classpath:wsdl/province-exchange.wsdl");
        // answer the specific WSS fault codes (FailedAuthentication, InvalidSecurity, MessageExpired)
        // instead of CXF's generic "SecurityError", so that clients can classify them
        endpoint.setProperties(new HashMap<>(Map.of(
                "ws-security.return.security.error", Boolean.TRUE,
                "ws-security.enable.nonce.cache", Boolean.TRUE,        // replayed nonces are refused
                "ws-security.enable.timestamp.cache", Boolean.TRUE)));
        endpoint.getInInterceptors().add(new HttpFaultInterceptor(faults));
        endpoint.getInInterceptors().add(new WSS4JInInterceptor(securityProperties()));
        endpoint.publish(soapUrl());
        admin = new AdminServer(config.host, config.adminPort, state, faults);
        admin.start();
        return this;
    }

    private Map<String, Object> securityProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP);
        p.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordDigest");
        p.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) this::passwords);
        p.put(ConfigurationConstants.TTL_TIMESTAMP, "300");
        p.put(ConfigurationConstants.TTL_USERNAMETOKEN, "300");
        p.put(ConfigurationConstants.REQUIRE_TIMESTAMP_EXPIRES, "true");
        p.put(WSS4JInInterceptor.VALIDATOR_MAP, Map.of(WSConstants.USERNAME_TOKEN, new StrictUsernameTokenValidator()));
        return p;
    }

    private void passwords(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (!(c instanceof WSPasswordCallback)) throw new UnsupportedCallbackException(c);
            WSPasswordCallback pc = (WSPasswordCallback) c;
            if (config.user.equals(pc.getIdentifier())) {
                pc.setPassword(config.password);
            }
        }
    }

    public String soapUrl() {
        return "http://" + config.host + ":" + config.port + "/province";
    }

    public String adminUrl() {
        return "http://" + config.host + ":" + (admin == null ? config.adminPort : admin.port()) + "/admin";
    }

    public ProvinceState state() { return state; }

    public FaultInjector faults() { return faults; }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.stop();
            admin = null;
        }
        if (endpoint != null) {
            endpoint.stop();
            endpoint = null;
        }
        if (bus != null) {
            bus.shutdown(true);
            JettyHTTPServerEngineFactory.destroyForPort(config.port);
            bus = null;
        }
    }
}
