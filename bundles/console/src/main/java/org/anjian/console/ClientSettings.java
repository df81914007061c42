package org.anjian.console;

import java.net.URI;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the console needs to know before anyone logs in ({@code /console/config.json}): how to log in (single
 * sign-on through Keycloak when the platform validates its tokens; else the demo login form when the demo
 * profile's basic login is on), its title and its refresh period. Read from the platform's configuration, so
 * the console offers exactly what the API accepts.
 */
final class ClientSettings {
    private ClientSettings() {
    }

    /**
     * @param oidc  the properties of {@code org.anjian.security.oidc} (null when absent)
     * @param basic the properties of {@code org.anjian.security.basic} (null when absent)
     */
    static Map<String, Object> of(Dictionary<String, ?> oidc, Dictionary<String, ?> basic, ConsoleConfig console) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean sso = oidc != null && bool(oidc.get("enabled"), true) && oidc.get("issuer") != null
                && !String.valueOf(oidc.get("issuer")).isBlank();
        boolean demoLogin = basic != null && bool(basic.get("enabled"), false);
        out.put("title", console.title());
        out.put("apiBase", "/api/v1");
        out.put("screenRefreshSeconds", Math.max(10, console.screenRefreshSeconds()));
        if (sso) {
            Map<String, Object> keycloak = new LinkedHashMap<>();
            String issuer = String.valueOf(oidc.get("issuer")).strip();
            int realms = issuer.lastIndexOf("/realms/");
            if (realms < 0) {
                throw new IllegalStateException("the OIDC issuer " + issuer + " is not a Keycloak realm URL (…/realms/<realm>)");
            }
            keycloak.put("url", issuer.substring(0, realms));
            keycloak.put("realm", URI.create(issuer).getPath().substring(URI.create(issuer).getPath().lastIndexOf('/') + 1));
            keycloak.put("clientId", console.clientId());
            out.put("login", "sso");
            out.put("keycloak", keycloak);
        } else {
            out.put("login", demoLogin ? "demo-form" : "none");
        }
        return out;
    }

    private static boolean bool(Object value, boolean otherwise) {
        if (value == null) {
            return otherwise;
        }
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString().strip());
    }
}
