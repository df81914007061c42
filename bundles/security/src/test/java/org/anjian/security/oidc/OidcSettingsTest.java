package org.anjian.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    @Test
    void jwksUriDerivedFromIssuer() {
        assertThat(OidcSettings.defaults("http://127.0.0.1:8180/realms/anjian").jwksUri())
                .isEqualTo(URI.create("http://127.0.0.1:8180/realms/anjian/protocol/openid-connect/certs"));
        assertThat(OidcSettings.defaults("https://sso.example/realms/anjian/").jwksUri())
                .isEqualTo(URI.create("https://sso.example/realms/anjian/protocol/openid-connect/certs"));
    }

    @Test
    void defaultsMatchTheRealm() {
        OidcSettings s = OidcSettings.defaults("http://127.0.0.1:8180/realms/anjian");
        assertThat(s.audience()).isEqualTo("anjian-api");
        assertThat(s.clientId()).isEqualTo("anjian-api");
        assertThat(s.regionClaim()).isEqualTo("region_code");
        assertThat(s.departmentClaim()).isEqualTo("department");
        assertThat(s.clockSkewSeconds()).isEqualTo(60);
        assertThat(s.jwksCacheSeconds()).isEqualTo(300);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> OidcSettings.defaults(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OidcSettings.defaults("realms/anjian")).isInstanceOf(IllegalArgumentException.class);
        OidcSettings ok = OidcSettings.defaults("http://127.0.0.1:8180/realms/anjian");
        assertThatThrownBy(() -> ok.withClockSkewSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withClockSkewSeconds(3600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withJwksUri(URI.create("file:///etc/passwd"))).isInstanceOf(IllegalArgumentException.class);
    }
}
