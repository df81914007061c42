package org.anjian.rest.server;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.List;
import java.util.function.Supplier;
import org.anjian.api.security.Authenticator;
import org.anjian.rest.errors.DomainExceptionMapper;
import org.anjian.rest.errors.IoExceptionMapper;
import org.anjian.rest.errors.JsonExceptionMapper;
import org.anjian.rest.security.AuthenticationFilter;

/** The providers every Anjian endpoint uses: JSON, the body limit, authentication, error mapping. */
final class ApiProviders {
    private ApiProviders() {
    }

    /** The OpenAPI document of an endpoint, at its {@code openapi.json}. */
    static org.apache.cxf.jaxrs.openapi.OpenApiFeature openApi(String title) {
        org.apache.cxf.jaxrs.openapi.OpenApiFeature feature = new org.apache.cxf.jaxrs.openapi.OpenApiFeature();
        feature.setTitle(title);
        feature.setDescription("安监: " + title);
        feature.setVersion("1");
        feature.setScan(false);
        feature.setUseContextBasedConfig(true);
        feature.setSupportSwaggerUi(false);
        feature.setPrettyPrint(true);
        return feature;
    }

    static List<Object> create(long maxBodyBytes, Supplier<List<Authenticator>> authenticators) {
        return List.of(
                new JacksonJsonProvider(ObjectMappers.api()),
                new BodySizeLimitFilter(maxBodyBytes),
                new AuthenticationFilter(authenticators),
                new DomainExceptionMapper(),
                new JsonExceptionMapper(),
                new IoExceptionMapper());
    }
}
