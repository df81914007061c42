package org.anjian.console;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Map;
import javax.servlet.ServletException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the console at {@code /console} (and a redirect to it at the server's root) on Pax Web. */
@Component(immediate = true, configurationPid = "org.anjian.console")
@Designate(ocd = ConsoleConfig.class)
public class ConsoleRegistration {
    static final String ALIAS = "/console";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRegistration.class);

    private final HttpService http;
    private final ConfigurationAdmin configs;
    private volatile ConsoleConfig config;
    private boolean rootRegistered;

    @Activate
    public ConsoleRegistration(@Reference HttpService http, @Reference ConfigurationAdmin configs,
                               ConsoleConfig config, BundleContext context) throws ServletException, NamespaceException {
        this.http = http;
        this.configs = configs;
        this.config = config;
        ConsoleAssets assets = new ConsoleAssets(p -> context.getBundle().getEntry("console-app/" + p));
        http.registerServlet(ALIAS, new ConsoleServlet(assets, this::settings), null, null);
        try {
            http.registerServlet("/", new RootRedirectServlet(), null, null);
            rootRegistered = true;
        } catch (NamespaceException e) {
            LOG.info("The server root is taken; no redirect to the console there");
        }
        LOG.info("Console published at {}", ALIAS);
    }

    @Modified
    void modified(ConsoleConfig changed) {
        this.config = changed;
    }

    Map<String, Object> settings() {
        return ClientSettings.of(properties("org.anjian.security.oidc"), properties("org.anjian.security.basic"), config);
    }

    private Dictionary<String, Object> properties(String pid) {
        try {
            Configuration[] found = configs.listConfigurations("(service.pid=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("Cannot read configuration {}: {}", pid, e.toString());
            return null;
        }
    }

    @Deactivate
    void deactivate() {
        http.unregister(ALIAS);
        if (rootRegistered) {
            http.unregister("/");
        }
    }
}
