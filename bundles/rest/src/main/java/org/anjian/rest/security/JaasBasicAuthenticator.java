package org.anjian.rest.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Authenticator;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP basic against Karaf JAAS. Needs its configuration; the API server ignores it unless the
 * configuration says {@code enabled=true} (its service properties carry the flag).
 */
@Component(service = Authenticator.class, configurationPid = "org.anjian.security.basic",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BasicAuthConfig.class)
public class JaasBasicAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(JaasBasicAuthenticator.class);

    private final String realm;

    @Activate
    public JaasBasicAuthenticator(BasicAuthConfig config) {
        this.realm = config.realm();
        LOG.warn("HTTP basic login against JAAS realm '{}' is enabled: for the demo profile only", realm);
    }

    @Override
    public String scheme() {
        return "Basic";
    }

    @Override
    public Optional<AnjianPrincipal> authenticate(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            login.login();
            Optional<AnjianPrincipal> principal = Optional.ofNullable(
                    JaasPrincipals.toPrincipal(user, subject.getPrincipals()));
            login.logout();
            return principal;
        } catch (LoginException e) {
            LOG.debug("Login of {} refused: {}", user, e.getMessage());
            return Optional.empty();
        }
    }
}
