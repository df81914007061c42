package org.anjian.simulator.province;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.ws.BindingProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.contract.province.v1.EnterprisePayload;
import org.anjian.contract.province.v1.ExchangeRecord;
import org.anjian.contract.province.v1.HazardPayload;
import org.anjian.contract.province.v1.InspectionPayload;
import org.anjian.contract.province.v1.ProvinceExchangePortType;
import org.anjian.contract.province.v1.ProvinceExchangeService;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/** Starts the simulator in-process on free ports and builds real CXF/WSS4J clients for it. */
final class SimulatorHarness implements AutoCloseable {
    static final String USER = "county-330999";
    static final String PASSWORD = "s3cret-for-tests";
    static final String COUNTY = "330999";
    static final ObjectMapper JSON = new ObjectMapper();

    final ProvinceSimulator sim;
    final HttpClient http = HttpClient.newHttpClient();

    SimulatorHarness() throws IOException {
        SimulatorConfig c = new SimulatorConfig();
        c.port = freePort();
        c.adminPort = freePort();
        c.user = USER;
        c.password = PASSWORD;
        c.county = COUNTY;
        c.seed = 1;
        sim = new ProvinceSimulator(c).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    ProvinceExchangePortType client() {
        return client(USER, PASSWORD, true);
    }

    ProvinceExchangePortType client(String user, String password, boolean timestamp) {
        return client(user, password, timestamp, true);
    }

    ProvinceExchangePortType client(String user, String password, boolean timestamp, boolean nonceAndCreated) {
        ProvinceExchangePortType port = new ProvinceExchangeService().getProvinceExchangePort();
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, sim.soapUrl());
        Client client = ClientProxy.getClient(port);
        Map<String, Object> p = new HashMap<>();
        p.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN
                + (timestamp ? " " + ConfigurationConstants.TIMESTAMP : ""));
        p.put(ConfigurationConstants.USER, user);
        p.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordDigest");
        p.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, String.valueOf(nonceAndCreated));
        p.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, String.valueOf(nonceAndCreated));
        p.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var cb : callbacks) {
                ((WSPasswordCallback) cb).setPassword(password);
            }
        });
        client.getOutInterceptors().add(new WSS4JOutInterceptor(p));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(3000);
        policy.setReceiveTimeout(10000);
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
        return port;
    }

    JsonNode admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.adminUrl() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    JsonNode stats() throws IOException, InterruptedException {
        return admin("GET", "/stats", null);
    }

    @Override
    public void close() {
        sim.close();
    }

    // ------------------------------------------------------------------ records

    static String creditCode(String body17) {
        return body17 + CreditCodes.checkChar(body17);
    }

    static final String CODE_A = creditCode("91330999MA2B3C4D5");
    static final String CODE_B = creditCode("91330999123456789");

    static ExchangeRecord enterprise(String id, long version, String code) {
        ExchangeRecord r = base("ENTERPRISE", id, version, "330999001000");
        EnterprisePayload e = new EnterprisePayload();
        e.setCreditCode(code);
        e.setName("示例化工有限公司 " + id);
        e.setIndustryCode("C26");
        e.setRegionCode("330999001000");
        e.setRiskColour("ORANGE");
        r.setEnterprise(e);
        return r;
    }

    static ExchangeRecord hazard(String id, long version, String township, String status, String deadline) {
        ExchangeRecord r = base("HAZARD", id, version, township);
        HazardPayload h = new HazardPayload();
        h.setId(id);
        h.setEnterpriseCreditCode(CODE_A);
        h.setRegionCode(township);
        h.setGrade("GENERAL");
        h.setCategory("FIRE");
        h.setStatus(status);
        h.setSupervision("COUNTY");
        h.setDeadline(date(deadline));
        r.setHazard(h);
        return r;
    }

    static ExchangeRecord inspection(String id, long version) {
        ExchangeRecord r = base("INSPECTION", id, version, "330999002000");
        InspectionPayload i = new InspectionPayload();
        i.setId(id);
        i.setEnterpriseCreditCode(CODE_B);
        i.setDate(date("2026-03-10"));
        i.setResult("HAZARDS_FOUND");
        r.setInspection(i);
        return r;
    }

    static ExchangeRecord base(String type, String id, long version, String region) {
        ExchangeRecord r = new ExchangeRecord();
        r.setIdempotencyKey(id + ":" + version);
        r.setRecordType(type);
        r.setRecordId(id);
        r.setVersion(version);
        r.setRegionCode(region);
        return r;
    }

    static javax.xml.datatype.XMLGregorianCalendar date(String iso) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(iso);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
