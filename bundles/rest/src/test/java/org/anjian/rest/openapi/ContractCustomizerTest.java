package org.anjian.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anjian.rest.resources.ConsoleResource;
import org.anjian.rest.resources.EnterpriseResource;
import org.anjian.rest.resources.ExchangeResource;
import org.anjian.rest.resources.HazardResource;
import org.anjian.rest.resources.HealthResource;
import org.anjian.rest.resources.RegionResource;
import org.anjian.rest.security.AuthenticationFilter;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.junit.jupiter.api.Test;

/** The platform's resources read by swagger as CXF's feature reads them, then held to the contract by the customizer. */
class ContractCustomizerTest {
    private static final List<Class<?>> RESOURCES = List.of(HazardResource.class, EnterpriseResource.class,
            HealthResource.class, RegionResource.class, ExchangeResource.class, ConsoleResource.class);

    private static OpenAPI document(boolean basic) {
        OpenAPI oas = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI())).read(new LinkedHashSet<>(RESOURCES));
        ContractCustomizer customizer = new ContractCustomizer(() -> basic, AuthenticationFilter::isPublic);
        List<ClassResourceInfo> cris = RESOURCES.stream()
                .map(c -> ResourceUtils.createClassResourceInfo(c, c, true, true)).toList();
        customizer.setClassResourceInfos(cris);
        customizer.customize(oas);
        customizer.customize(oas); // once per request for openapi.json: the same document every time
        return oas;
    }

    private static Operation op(OpenAPI oas, String method, String path) {
        return oas.getPaths().get(path).readOperationsMap().entrySet().stream()
                .filter(e -> e.getKey().name().equals(method)).findFirst().orElseThrow().getValue();
    }

    @Test
    void everyOperationListsTheStatusesItAnswers() {
        OpenAPI oas = document(true);
        Operation register = op(oas, "POST", "/hazards");
        assertThat(register.getResponses().keySet()).containsExactly("201", "400", "401", "403", "409", "413", "415");
        assertThat(register.getResponses().get("201").getHeaders()).containsKey("Location");
        assertThat(register.getResponses().get("201").getContent().get("application/json").getSchema().get$ref())
                .endsWith("/Hazard");
        assertThat(op(oas, "GET", "/hazards/{id}").getResponses().keySet())
                .containsExactly("200", "400", "401", "403", "404");
        assertThat(op(oas, "GET", "/hazards/categories").getResponses().keySet()).containsExactly("200", "401", "403");
        assertThat(op(oas, "POST", "/exchange/runs").getResponses().keySet())
                .containsExactly("200", "400", "401", "403", "409", "413", "415", "503");
        assertThat(op(oas, "POST", "/enterprises").getResponses().get("201").getHeaders()).containsKey("Location");
        for (String code : List.of("400", "401", "403", "409")) {
            assertThat(register.getResponses().get(code).getContent().get("application/json").getSchema().get$ref())
                    .isEqualTo("#/components/schemas/ApiError");
        }
        assertThat(oas.getComponents().getSchemas().get("ApiError").getRequired()).containsExactly("code", "message");
    }

    @Test
    void healthAndConsoleAssetsArePublicEverythingElseNeedsCredentials() {
        OpenAPI oas = document(true);
        Operation health = op(oas, "GET", "/health");
        assertThat(health.getSecurity()).isEmpty();
        assertThat(health.getResponses().keySet()).containsExactly("200", "503");
        assertThat(op(oas, "GET", "/console/{moduleId}/{path}").getSecurity()).isEmpty();
        assertThat(op(oas, "GET", "/console/pages").getSecurity()).isNull();
        assertThat(oas.getSecurity()).hasSize(2);
        assertThat(oas.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer", "basic");
        assertThat(document(false).getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");
        assertThat(document(false).getSecurity()).hasSize(1);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void parametersAreTypedAndBounded() {
        OpenAPI oas = document(true);
        List<Parameter> params = op(oas, "GET", "/hazards").getParameters();
        Parameter limit = params.stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
        assertThat(limit.getSchema().getType()).isEqualTo("integer");
        assertThat(limit.getSchema().getMinimum()).isEqualByComparingTo("1");
        assertThat(limit.getSchema().getMaximum()).isEqualByComparingTo("500");
        Parameter status = params.stream().filter(p -> p.getName().equals("status")).findFirst().orElseThrow();
        assertThat((List) status.getSchema().getEnum()).contains("REGISTERED", "CLOSED");
        Parameter overdue = params.stream().filter(p -> p.getName().equals("overdue")).findFirst().orElseThrow();
        assertThat(overdue.getSchema().getType()).isEqualTo("boolean");
        Parameter id = op(oas, "GET", "/hazards/{id}").getParameters().get(0);
        assertThat(id.getSchema().getType()).isEqualTo("integer");
        assertThat(id.getSchema().getFormat()).isEqualTo("int64");
        Parameter prefix = params.stream().filter(p -> p.getName().equals("regionPrefix")).findFirst().orElseThrow();
        assertThat(prefix.getSchema().getPattern()).isEqualTo("\\d{1,15}");
        assertThat(prefix.getExample()).isEqualTo("330999001");
    }

    @Test
    @SuppressWarnings("rawtypes")
    void recordsAreClosedRequiredAsDeclaredAndNullableOtherwise() {
        Schema enterprise = document(true).getComponents().getSchemas().get("Enterprise");
        assertThat(enterprise.getRequired()).contains("creditCode", "name", "regionCode", "riskColour");
        assertThat(enterprise.getAdditionalProperties()).isEqualTo(Boolean.FALSE);
        Schema name = (Schema) enterprise.getProperties().get("name");
        assertThat(name.getMaxLength()).isEqualTo(200);
        assertThat(name.getMinLength()).isEqualTo(1);
        assertThat(name.getNullable()).isNull();
        assertThat(((Schema) enterprise.getProperties().get("gridCode")).getNullable()).isTrue();
        assertThat(((Schema) enterprise.getProperties().get("creditCode")).getExample()).isEqualTo("91330999MA4YPG4G19");
        Schema history = (Schema) document(true).getComponents().getSchemas().get("Hazard").getProperties().get("history");
        assertThat(history.getNullable()).isTrue();
    }

    @Test
    void onlyTheEndpointsOwnResourcesAreDocumented() {
        Set<String> paths = document(true).getPaths().keySet();
        assertThat(paths).contains("/hazards", "/enterprises/{creditCode}", "/health", "/regions/{code}/children");
        assertThat(paths).noneMatch(p -> p.contains("api-docs"));
    }
}
