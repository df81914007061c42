package org.anjian.exchange.province;

import java.net.ConnectException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.callback.CallbackHandler;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.ws.WebServiceException;
import javax.xml.ws.soap.SOAPFaultException;
import org.anjian.exchange.province.contract.AuthenticationFault;
import org.anjian.exchange.province.contract.ExchangeRecord;
import org.anjian.exchange.province.contract.FeedbackStatus;
import org.anjian.exchange.province.contract.FindingsPage;
import org.anjian.exchange.province.contract.ProvinceExchangePortType;
import org.anjian.exchange.province.contract.ServiceUnavailableFault;
import org.anjian.exchange.province.contract.UploadReceipt;
import org.anjian.exchange.province.contract.ValidationFault;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/**
 * The province's SOAP contract as Java calls: a CXF JAX-WS client generated from the shipped WSDL, with a
 * WS-Security UsernameToken (password digest, nonce, created) and a Timestamp on every request. Faults
 * become the exchange's two kinds of failure: temporary (retry the same keys) or refused (stop).
 */
public final class ProvinceClient {
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ProvinceExchangePortType port;
    private final String countyCode;

    public ProvinceClient(ProvinceSettings settings) {
        this.countyCode = settings.countyCode();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ProvinceClient.class.getClassLoader());
        try {
            JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
            factory.setServiceClass(ProvinceExchangePortType.class);
            factory.setAddress(settings.address());
            this.port = (ProvinceExchangePortType) factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        Client client = ClientProxy.getClient(port);
        Map<String, Object> ws = new HashMap<>();
        ws.put(ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN + " " + ConfigurationConstants.TIMESTAMP);
        ws.put(ConfigurationConstants.USER, settings.user());
        ws.put(ConfigurationConstants.PASSWORD_TYPE, "PasswordDigest");
        ws.put(ConfigurationConstants.ADD_USERNAMETOKEN_NONCE, "true");
        ws.put(ConfigurationConstants.ADD_USERNAMETOKEN_CREATED, "true");
        String password = settings.password();
        ws.put(ConfigurationConstants.PW_CALLBACK_REF, (CallbackHandler) callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof WSPasswordCallback pc) {
                    pc.setPassword(password);
                }
            }
        });
        client.getOutInterceptors().add(new WSS4JOutInterceptor(ws));
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.connectTimeout().toMillis());
        policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
        policy.setAllowChunking(false);
        ((HTTPConduit) client.getConduit()).setClient(policy);
    }

    public UploadReceipt upload(String batchId, List<ExchangeRecord> records)
            throws PeerUnavailableException, PeerRefusedException {
        try {
            return port.uploadBatch(batchId, countyCode, records);
        } catch (ServiceUnavailableFault e) {
            throw new PeerUnavailableException("province: " + detail(e.getFaultInfo()), e);
        } catch (AuthenticationFault e) {
            throw new PeerRefusedException("province: " + detail(e.getFaultInfo()), e);
        } catch (ValidationFault e) {
            throw new PeerRefusedException("province: " + detail(e.getFaultInfo()), e);
        } catch (WebServiceException e) {
            throw unavailable(e);
        }
    }

    public FindingsPage pullFindings(String since, int max) throws PeerUnavailableException, PeerRefusedException {
        try {
            return port.pullFindings(countyCode, since, max);
        } catch (ServiceUnavailableFault e) {
            throw new PeerUnavailableException("province: " + detail(e.getFaultInfo()), e);
        } catch (AuthenticationFault e) {
            throw new PeerRefusedException("province: " + detail(e.getFaultInfo()), e);
        } catch (ValidationFault e) {
            throw new PeerRefusedException("province: " + detail(e.getFaultInfo()), e);
        } catch (WebServiceException e) {
            throw unavailable(e);
        }
    }

    /** Posts feedback; an unknown finding comes back as the ValidationFault's detail (code, field). */
    public void postFeedback(String findingId, FeedbackStatus status, LocalDate closedOn, String evidence)
            throws PeerUnavailableException, PeerRefusedException, ValidationFault {
        try {
            port.postFeedback(findingId, status, closedOn == null ? null : date(closedOn), evidence);
        } catch (ServiceUnavailableFault e) {
            throw new PeerUnavailableException("province: " + detail(e.getFaultInfo()), e);
        } catch (AuthenticationFault e) {
            throw new PeerRefusedException("province: " + detail(e.getFaultInfo()), e);
        } catch (WebServiceException e) {
            throw unavailable(e);
        }
    }

    /**
     * Transport failures and HTTP 503 are temporary; a WS-Security fault (wrong account, clock skew beyond
     * the timestamp's life) is a refusal.
     */
    static PeerUnavailableException unavailable(WebServiceException e) throws PeerRefusedException {
        if (e instanceof SOAPFaultException soap) {
            String code = soap.getFault() == null ? "" : String.valueOf(soap.getFault().getFaultCodeAsQName());
            throw new PeerRefusedException("province refused the request: " + code + " "
                    + (soap.getFault() == null ? "" : soap.getFault().getFaultString()), e);
        }
        Duration retryAfter = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HTTPException http && http.getResponseCode() == 503) {
                retryAfter = Duration.ofSeconds(5);
            }
            if (t instanceof ConnectException || t instanceof java.io.IOException) {
                break;
            }
        }
        return new PeerUnavailableException("province unreachable: " + rootMessage(e), retryAfter, e);
    }

    static XMLGregorianCalendar date(LocalDate d) {
        return DATATYPES.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private static String detail(org.anjian.exchange.province.contract.FaultDetail d) {
        return d == null ? "fault" : d.getCode() + (d.getField() == null ? "" : " (" + d.getField() + ")") + ": " + d.getMessage();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
