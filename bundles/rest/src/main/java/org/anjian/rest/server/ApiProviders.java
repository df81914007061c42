package org.anjian.rest.server;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;
import org.anjian.api.security.Authenticator;
import org.anjian.rest.errors.DomainExceptionMapper;
import org.anjian.rest.errors.IoExceptionMapper;
import org.anjian.rest.errors.JsonExceptionMapper;
import org.anjian.rest.openapi.ContractCustomizer;
import org.anjian.rest.security.AuthenticationFilter;
import org.anjian.rest.validation.ApiParameterNames;
import org.anjian.rest.validation.ConstraintViolationMapper;
import org.anjian.rest.validation.StrictParams;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.validation.JAXRSBeanValidationInInterceptor;
import org.apache.cxf.validation.BeanValidationProvider;

/**
 * What every Anjian endpoint is made of, the platform's and each domain's alike (a domain configures none of
 * it): strict JSON, the body limit, authentication, strict parameters, Bean Validation of every request before
 * the resource runs, the error mapping, 201 for creations, a truthful {@code Allow}, and an OpenAPI document that
 * documents all of it.
 */
final class ApiProviders {
    private ApiProviders() {
    }

    /** An endpoint published with the platform's providers; its {@link ResourceMethods} for the HTTP edge. */
    record Published(Server server, ResourceMethods methods) {
    }

    static Published publish(JAXRSServerFactoryBean factory, String title, long maxBodyBytes, long maxUploadBytes,
                             Supplier<List<Authenticator>> authenticators, ValidatorFactory validation) {
        String address = factory.getAddress();
        List<Server> created = new ArrayList<>(1);
        ResourceMethods methods = new ResourceMethods(address, () -> created.isEmpty() ? List.of()
                : ((JAXRSServiceImpl) created.get(0).getEndpoint().getService()).getClassResourceInfos());
        factory.setProviders(providers(maxBodyBytes, maxUploadBytes, authenticators, methods));
        Validator validator = validation.usingContext().parameterNameProvider(new ApiParameterNames()).getValidator();
        JAXRSBeanValidationInInterceptor validate = new JAXRSBeanValidationInInterceptor();
        validate.setProvider(new BeanValidationProvider(validator));
        factory.getInInterceptors().add(validate);
        factory.getFeatures().add(openApi(title, () -> offersBasic(authenticators.get())));
        Server server = factory.create();
        created.add(server);
        return new Published(server, methods);
    }

    private static boolean offersBasic(List<Authenticator> authenticators) {
        return authenticators.stream().anyMatch(a -> a.scheme().toLowerCase(Locale.ROOT).equals("basic"));
    }

    /** The OpenAPI document of an endpoint, at its {@code openapi.json}. */
    static org.apache.cxf.jaxrs.openapi.OpenApiFeature openApi(String title, java.util.function.BooleanSupplier basic) {
        org.apache.cxf.jaxrs.openapi.OpenApiFeature feature = new org.apache.cxf.jaxrs.openapi.OpenApiFeature();
        feature.setTitle(title);
        feature.setDescription("安监: " + title + ". Every error answers {\"code\",\"message\",\"field\"?,\"allowed\"?}.");
        feature.setVersion("1");
        feature.setScan(false);
        feature.setUseContextBasedConfig(true);
        feature.setSupportSwaggerUi(false);
        feature.setPrettyPrint(true);
        feature.setCustomizer(new ContractCustomizer(basic, AuthenticationFilter::isPublic));
        return feature;
    }

    static List<Object> providers(long maxBodyBytes, long maxUploadBytes, Supplier<List<Authenticator>> authenticators,
                                  ResourceMethods methods) {
        return List.of(
                new JacksonJsonProvider(ObjectMappers.api()),
                new BodySizeLimitFilter(Math.max(maxBodyBytes, maxUploadBytes)),
                new MethodBodyLimitFilter(maxBodyBytes),
                new AuthenticationFilter(authenticators),
                new StrictParams(),
                new CreatedFilter(),
                new AllowFilter(methods),
                new DomainExceptionMapper(),
                new JsonExceptionMapper(),
                new IoExceptionMapper(),
                new ConstraintViolationMapper());
    }
}
