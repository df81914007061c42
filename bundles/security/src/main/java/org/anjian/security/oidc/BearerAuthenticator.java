package org.anjian.security.oidc;

import java.io.IOException;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Authorization: Bearer <access token>} from the identity provider (Keycloak realm
 * {@code anjian}). Active only with its configuration ({@code etc/org.anjian.security.oidc.cfg});
 * the issuer is required. See {@link TokenValidator} for the checks and {@link TokenPrincipals} for
 * the mapping. Never throws out of {@link #authenticate(String)}: any failure means no principal.
 */
@Component(service = Authenticator.class, configurationPid = "org.anjian.security.oidc",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OidcConfig.class)
public class BearerAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthenticator.class);
    /** Keycloak access tokens are 1-3 kB; anything this large is refused before parsing. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final OidcSettings settings;
    private final TokenValidator validator;

    @Activate
    public BearerAuthenticator(OidcConfig config) {
        this(OidcSettings.from(config));
        LOG.info("Bearer tokens accepted from issuer {} (keys {}, audience {})",
                settings.issuer(), settings.jwksUri(), settings.audience());
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static BearerAuthenticator of(OidcSettings settings) {
        return new BearerAuthenticator(settings);
    }

    private BearerAuthenticator(OidcSettings settings) {
        this.settings = settings;
        this.validator = new TokenValidator(settings);
    }

    @Override
    public String scheme() {
        return "Bearer";
    }

    @Override
    public Optional<AnjianPrincipal> authenticate(String credentials) {
        if (credentials == null || credentials.isBlank() || credentials.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            var claims = validator.validate(credentials.strip());
            Optional<AnjianPrincipal> principal = TokenPrincipals.toPrincipal(claims.getClaims(),
                    settings.regionClaim(), settings.departmentClaim(), settings.clientId());
            if (principal.isEmpty()) {
                LOG.debug("Bearer token of {} refused: no valid {} claim", claims.getSubject(), settings.regionClaim());
            }
            return principal;
        } catch (Exception e) {
            LOG.debug("Bearer token refused: {}", e.toString());
            return Optional.empty();
        } catch (LinkageError e) {
            // a wiring problem of the bundle, not a bad token: say so loudly, still deny
            LOG.error("Bearer token validation failed", e);
            return Optional.empty();
        }
    }

    @Deactivate
    void deactivate() {
        try {
            validator.close();
        } catch (IOException e) {
            LOG.debug("Closing the key source: {}", e.toString());
        }
    }
}
