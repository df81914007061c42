package org.anjian.rest.security;

import org.anjian.api.security.CallerPrincipal;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Authenticator;
import org.anjian.rest.errors.ApiError;
import org.anjian.rest.testing.FakeRequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationFilterTest {
    private static final AnjianPrincipal ZHANG =
            new AnjianPrincipal("zhang.wei", Set.of("township-officer"), "330999001", "应急管理局");

    /** Accepts exactly the credentials it was given; records every call. */
    static final class FakeAuthenticator implements Authenticator {
        final String scheme;
        final Map<String, AnjianPrincipal> accepted;
        final List<String> calls = new ArrayList<>();

        FakeAuthenticator(String scheme, Map<String, AnjianPrincipal> accepted) {
            this.scheme = scheme;
            this.accepted = accepted;
        }

        @Override
        public String scheme() {
            return scheme;
        }

        @Override
        public Optional<AnjianPrincipal> authenticate(String credentials) {
            calls.add(credentials);
            return Optional.ofNullable(accepted.get(credentials));
        }
    }

    private final FakeAuthenticator basic = new FakeAuthenticator("Basic", Map.of("emhhbmc6c2VjcmV0", ZHANG));
    private final AuthenticationFilter filter = new AuthenticationFilter(() -> List.of(basic));

    private static void assertUnauthorized(FakeRequestContext request, String... challenges) {
        Response r = request.aborted();
        assertThat(r).as("aborted response").isNotNull();
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(r.getEntity()).isInstanceOfSatisfying(ApiError.class,
                e -> assertThat(e.code()).isEqualTo("UNAUTHORIZED"));
        assertThat(r.getStringHeaders().get("WWW-Authenticate")).containsExactly(challenges);
        assertThat(request.securityContext()).isNull();
    }

    // --- public paths ---

    @ParameterizedTest
    @ValueSource(strings = {"health", "/health", "openapi.json", "/openapi.json", "//health",
            "exchange/grid-330999101/reports", "/exchange/insurer-picc/policies/PAEF1"})
    void publicPathsNeedNoCredentials(String path) {
        FakeRequestContext request = new FakeRequestContext(path);

        filter.filter(request);

        assertThat(request.aborted()).isNull();
        assertThat(request.securityContext()).isNull();
        assertThat(basic.calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hazards", "/enterprises/91330999MA4YPG4G19", "health/x", "healthz", "openapi.yaml", "",
            "exchange/runs", "exchange/runs/5", "exchange/dead-letters/5/replay", "exchange/backlog", "exchange/peers",
            "exchange/grid-330999101", "exchange/grid-330999101/", "exchange//reports"})
    void everythingElseNeedsCredentials(String path) {
        FakeRequestContext request = new FakeRequestContext(path);

        filter.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"");
    }

    // --- refused ---

    @Test
    void noHeaderIs401WithAChallenge() {
        FakeRequestContext request = new FakeRequestContext("hazards");

        filter.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"");
        assertThat(basic.calls).isEmpty();
    }

    @Test
    void aChallengePerAuthenticator() {
        FakeAuthenticator bearer = new FakeAuthenticator("Bearer", Map.of());
        AuthenticationFilter both = new AuthenticationFilter(() -> List.of(basic, bearer));
        FakeRequestContext request = new FakeRequestContext("hazards");

        both.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"", "Bearer realm=\"anjian\"");
    }

    @Test
    void wrongSchemeIs401AndTheAuthenticatorIsNotAsked() {
        FakeRequestContext request = new FakeRequestContext("hazards").header("Authorization", "Bearer emhhbmc6c2VjcmV0");

        filter.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"");
        assertThat(basic.calls).isEmpty();
    }

    @Test
    void rejectedCredentialsAre401() {
        FakeRequestContext request = new FakeRequestContext("hazards").header("Authorization", "Basic d3Jvbmc6d3Jvbmc=");

        filter.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"");
        assertThat(basic.calls).containsExactly("d3Jvbmc6d3Jvbmc=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basicemhhbmc6c2VjcmV0", " Basic emhhbmc6c2VjcmV0", "", "emhhbmc6c2VjcmV0"})
    void headersWithoutASchemeAndCredentialsAre401(String header) {
        FakeRequestContext request = new FakeRequestContext("hazards").header("Authorization", header);

        filter.filter(request);

        assertUnauthorized(request, "Basic realm=\"anjian\"");
    }

    // --- accepted ---

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "basic", "BASIC", "bAsIc"})
    void acceptedCredentialsSetTheCaller(String scheme) {
        FakeRequestContext request = new FakeRequestContext("hazards")
                .header("Authorization", scheme + " emhhbmc6c2VjcmV0");

        filter.filter(request);

        assertThat(request.aborted()).isNull();
        SecurityContext sc = request.securityContext();
        assertThat(sc).isNotNull();
        assertThat(sc.getUserPrincipal()).isInstanceOfSatisfying(CallerPrincipal.class, p -> {
            assertThat(p.principal()).isSameAs(ZHANG);
            assertThat(p.getName()).isEqualTo("zhang.wei");
        });
        assertThat(Callers.of(sc)).isSameAs(ZHANG);
        assertThat(sc.isUserInRole("township-officer")).isTrue();
        assertThat(sc.isUserInRole("bureau-admin")).isFalse();
        assertThat(sc.isSecure()).isFalse();
    }

    @Test
    void anAuthenticatorsOwnSchemeCaseDoesNotMatter() {
        FakeAuthenticator lower = new FakeAuthenticator("bearer", Map.of("token-1", ZHANG));
        FakeRequestContext request = new FakeRequestContext("hazards").header("Authorization", "Bearer token-1");

        new AuthenticationFilter(() -> List.of(lower)).filter(request);

        assertThat(request.aborted()).isNull();
        assertThat(Callers.of(request.securityContext())).isSameAs(ZHANG);
    }

    @Test
    void credentialsArePassedWithoutSurroundingSpace() {
        FakeRequestContext request = new FakeRequestContext("hazards")
                .header("Authorization", "Basic   emhhbmc6c2VjcmV0  ");

        filter.filter(request);

        assertThat(basic.calls).containsExactly("emhhbmc6c2VjcmV0");
        assertThat(request.aborted()).isNull();
    }

    @Test
    void aLaterAuthenticatorOfTheSameSchemeMayAccept() {
        FakeAuthenticator first = new FakeAuthenticator("Basic", Map.of());
        FakeRequestContext request = new FakeRequestContext("hazards").header("Authorization", "Basic emhhbmc6c2VjcmV0");

        new AuthenticationFilter(() -> List.of(first, basic)).filter(request);

        assertThat(first.calls).containsExactly("emhhbmc6c2VjcmV0");
        assertThat(request.aborted()).isNull();
        assertThat(Callers.of(request.securityContext())).isSameAs(ZHANG);
    }

    @Test
    void httpsRequestsAreSecure() {
        FakeRequestContext request = new FakeRequestContext("hazards", URI.create("https://anjian.example/api/v1/hazards"))
                .header("Authorization", "Basic emhhbmc6c2VjcmV0");

        filter.filter(request);

        assertThat(request.securityContext().isSecure()).isTrue();
    }

    @Test
    void publicPathsAreOpenEvenWithBadCredentials() {
        FakeRequestContext request = new FakeRequestContext("health").header("Authorization", "Basic bogus");

        filter.filter(request);

        assertThat(request.aborted()).isNull();
        assertThat(basic.calls).isEmpty();
    }

    @Test
    void authenticatorsAreLookedUpPerRequest() {
        List<Authenticator> registered = new ArrayList<>();
        AuthenticationFilter dynamic = new AuthenticationFilter(() -> List.copyOf(registered));

        FakeRequestContext before = new FakeRequestContext("hazards").header("Authorization", "Basic emhhbmc6c2VjcmV0");
        dynamic.filter(before);
        assertThat(before.aborted()).isNotNull();
        assertThat(before.aborted().getStringHeaders().get("WWW-Authenticate")).isNull();

        registered.add(basic);
        FakeRequestContext after = new FakeRequestContext("hazards").header("Authorization", "Basic emhhbmc6c2VjcmV0");
        dynamic.filter(after);
        assertThat(after.aborted()).isNull();
    }
}
