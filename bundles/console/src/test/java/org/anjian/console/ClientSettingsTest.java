package org.anjian.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The console offers the login the API accepts: single sign-on, else the demo form, else nothing. */
class ClientSettingsTest {
    static final ConsoleConfig CONFIG = new ConsoleConfig() {
        @Override public Class<? extends Annotation> annotationType() { return ConsoleConfig.class; }
        @Override public String clientId() { return "anjian-console"; }
        @Override public String title() { return "示范县应急管理局 · 安监工作台"; }
        @Override public int screenRefreshSeconds() { return 3; }
    };

    @Test
    void singleSignOnNamesTheKeycloakServerRealmAndClient() {
        Map<String, Object> s = ClientSettings.of(dict("enabled", "true", "issuer", " http://127.0.0.1:8180/realms/anjian "),
                dict("enabled", "true"), CONFIG);
        assertThat(s).containsEntry("login", "sso").containsEntry("apiBase", "/api/v1")
                .containsEntry("title", "示范县应急管理局 · 安监工作台");
        assertThat(s.get("keycloak")).isEqualTo(Map.of("url", "http://127.0.0.1:8180", "realm", "anjian",
                "clientId", "anjian-console"));
        assertThat(s).as("at least ten seconds between screen refreshes").containsEntry("screenRefreshSeconds", 10);
    }

    @Test
    void withSingleSignOnOffTheDemoProfileOffersItsFormAndProductionNothing() {
        assertThat(ClientSettings.of(dict("enabled", "false", "issuer", "http://kc/realms/a"), dict("enabled", "true"), CONFIG))
                .containsEntry("login", "demo-form").doesNotContainKey("keycloak");
        assertThat(ClientSettings.of(null, dict("enabled", "true"), CONFIG)).containsEntry("login", "demo-form");
        assertThat(ClientSettings.of(dict("enabled", "true", "issuer", "  "), null, CONFIG)).containsEntry("login", "none");
        assertThat(ClientSettings.of(null, dict("enabled", "false"), CONFIG)).containsEntry("login", "none");
        assertThat(ClientSettings.of(null, null, CONFIG)).containsEntry("login", "none");
    }

    @Test
    void anIssuerThatIsNotAKeycloakRealmIsAConfigurationError() {
        assertThatThrownBy(() -> ClientSettings.of(dict("enabled", "true", "issuer", "https://sso.example.gov.cn/oidc"), null,
                CONFIG)).isInstanceOf(IllegalStateException.class).hasMessageContaining("/realms/");
    }

    private static Dictionary<String, Object> dict(String... kv) {
        Hashtable<String, Object> d = new Hashtable<>();
        for (int i = 0; i < kv.length; i += 2) {
            d.put(kv[i], kv[i + 1]);
        }
        return d;
    }
}
