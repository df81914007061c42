package org.anjian.rest.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Responds;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.openapi.OpenApiCustomizer;

/**
 * Makes an endpoint's OpenAPI document tell the truth, the same way for the platform and every domain: each
 * operation lists the status codes it answers (200, or 201 with {@code Location} for a {@link Created} method;
 * 400 for any parameter or body, 401 and 403 where credentials are needed, 404 for a path with parameters,
 * 413 and 415 for a body; whatever the method declares itself, such as 409), every error with the
 * {@code ApiError} schema; the security schemes (bearer always, HTTP basic where offered); properties that are
 * not required are nullable, records refuse unknown properties; and the common fields carry examples.
 */
public class ContractCustomizer extends OpenApiCustomizer {
    static final String ERROR_SCHEMA = "ApiError";
    /**
     * The document's statement that text is trimmed: a required text of blanks only is missing (a 400 naming it),
     * which {@code minLength} alone cannot say. Machine-readable for clients and the contract fuzzer.
     */
    static final String BLANK_TEXT = "x-anjian-blank-text";
    static final String BEARER = "bearer";
    static final String BASIC = "basic";

    private final BooleanSupplier basicOffered;
    private final java.util.function.Predicate<String> isPublic;

    /**
     * @param basicOffered whether HTTP basic login is offered now (the demo profile)
     * @param isPublic whether a path (as in the document, without the leading slash) needs no credentials
     */
    public ContractCustomizer(BooleanSupplier basicOffered, java.util.function.Predicate<String> isPublic) {
        this.basicOffered = basicOffered;
        this.isPublic = isPublic;
    }

    @Override
    public void customize(OpenAPI oas) {
        super.customize(oas);
        Components components = oas.getComponents() == null ? new Components() : oas.getComponents();
        oas.setComponents(components);
        components.addSchemas(ERROR_SCHEMA, errorSchema());
        Info info = oas.getInfo() == null ? new Info() : oas.getInfo();
        info.addExtension(BLANK_TEXT, "missing");
        String note = "Text values are trimmed: a required text of blanks only counts as missing (400 naming the field).";
        if (info.getDescription() == null || !info.getDescription().contains(note)) {
            info.setDescription(info.getDescription() == null ? note : info.getDescription() + "\n\n" + note);
        }
        oas.setInfo(info);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the Anjian realm (Keycloak), audience anjian-api"));
        boolean basic = basicOffered.getAsBoolean();
        if (basic) {
            components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("The demo users (demo profile only)"));
        } else if (components.getSecuritySchemes() != null) {
            components.getSecuritySchemes().remove(BASIC);
        }
        List<SecurityRequirement> security = new ArrayList<>();
        security.add(new SecurityRequirement().addList(BEARER));
        if (basic) {
            security.add(new SecurityRequirement().addList(BASIC));
        }
        oas.setSecurity(security);

        Map<String, Method> methods = javaMethods();
        if (oas.getPaths() != null) {
            // only the endpoint's own resources: CXF adds a swagger-ui resource (api-docs) that serves nothing here
            oas.getPaths().entrySet().removeIf(e -> e.getValue().readOperationsMap().keySet().stream()
                    .noneMatch(verb -> methods.containsKey(verb.name() + " " + e.getKey())));
            oas.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, op) ->
                    operation(path, verb, op, methods.get(verb.name() + " " + path))));
        }
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> {
                if (!ERROR_SCHEMA.equals(name)) {
                    record(schema);
                    anyValue(schema, 0);
                }
            });
        }
    }

    /**
     * A Java {@code Object} (the values of a health component's details, say) is any JSON value, not an object as
     * swagger writes it: such a schema loses its type.
     */
    @SuppressWarnings("rawtypes")
    private static void anyValue(Schema schema, int depth) {
        if (schema == null || depth > 12) {
            return;
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> {
                openIfAny(p);
                anyValue(p, depth + 1);
            });
        }
        if (schema.getItems() != null) {
            openIfAny(schema.getItems());
            anyValue(schema.getItems(), depth + 1);
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            openIfAny(additional);
            anyValue(additional, depth + 1);
        }
    }

    @SuppressWarnings("rawtypes")
    private static void openIfAny(Schema s) {
        boolean bareObject = "object".equals(s.getType()) && (s.getProperties() == null || s.getProperties().isEmpty())
                && s.getAdditionalProperties() == null && s.get$ref() == null && s.getAllOf() == null;
        if (bareObject) {
            s.setType(null);
            if (s.getTypes() != null) {
                s.getTypes().clear();
            }
        }
    }

    private void operation(String path, PathItem.HttpMethod verb, Operation op, Method method) {
        boolean open = isPublic.test(path.startsWith("/") ? path.substring(1) : path);
        if (open) {
            op.setSecurity(List.of());
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        ApiResponse success = responses.remove("default");
        if (success != null) {
            boolean created = method != null && method.isAnnotationPresent(Created.class);
            if (created) {
                success.setDescription("created");
                success.addHeaderObject("Location", new Header().description("the new record's URI")
                        .required(true).schema(new StringSchema().format("uri")));
            } else if (success.getDescription() == null || success.getDescription().equals("default response")) {
                success.setDescription("OK");
            }
            responses.put(created ? "201" : "200", success);
        }
        if (method != null) {
            for (Responds r : method.getAnnotationsByType(Responds.class)) {
                error(responses, String.valueOf(r.status()), r.when());
            }
        }
        boolean body = op.getRequestBody() != null;
        boolean parameters = op.getParameters() != null && !op.getParameters().isEmpty();
        if (parameters || body) {
            error(responses, "400", "bad input: the field is named in the answer");
        }
        if (!open) {
            error(responses, "401", "no valid credentials");
            error(responses, "403", "the caller's role or jurisdiction does not allow it");
        }
        if (path.contains("{")) {
            error(responses, "404", "no such record, or it lies outside the caller's jurisdiction");
        }
        if (body) {
            error(responses, "413", "the body is larger than the limit");
            error(responses, "415", "the body is not JSON (Content-Type application/json)");
        }
        responses.forEach((code, r) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                if (r.getContent() == null || r.getContent().isEmpty()) {
                    r.setContent(errorContent());
                }
            }
        });
        sortResponses(op);
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (p.getSchema() != null && p.getExample() == null && p.getSchema().getEnum() == null) {
                    Object example = Examples.of(p.getName(), p.getSchema());
                    if (example != null) {
                        p.setExample(example);
                    }
                }
            }
        }
    }

    /** Record schemas: no properties beyond the declared ones; what is not required may be null; examples. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void record(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty()) {
            return;
        }
        if (schema.getAdditionalProperties() == null) {
            schema.setAdditionalProperties(Boolean.FALSE);
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> rewritten = new LinkedHashMap<>();
        properties.forEach((name, p) -> {
            Schema value = p;
            if (!required.contains(name)) {
                if (p.get$ref() != null) {
                    value = new ComposedSchema().addAllOfItem(new Schema().$ref(p.get$ref())).nullable(true);
                } else if (p.getAllOf() != null && p.getAllOf().size() == 1) {
                    value = p.nullable(true);
                } else {
                    value = p.nullable(true);
                }
            }
            if (value.getExample() == null && value.getEnum() == null && !(value instanceof ArraySchema)
                    && value.get$ref() == null && value.getAllOf() == null) {
                Object example = Examples.of(name, value);
                if (example != null) {
                    value.setExample(example);
                }
            }
            rewritten.put(name, value);
        });
        schema.setProperties(rewritten);
    }

    private static void error(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.put(code, new ApiResponse().description(description).content(errorContent()));
        }
    }

    private static Content errorContent() {
        return new Content().addMediaType(javax.ws.rs.core.MediaType.APPLICATION_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)));
    }

    private static void sortResponses(Operation op) {
        ApiResponses sorted = new ApiResponses();
        op.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        op.setResponses(sorted);
    }

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema() {
        ObjectSchema s = new ObjectSchema();
        s.setDescription("Every error: a code, a message, the field at fault and, for an illegal transition, the "
                + "actions allowed");
        s.addProperty("code", new StringSchema().example("VALIDATION"));
        s.addProperty("message", new StringSchema().example("name: at most 200 characters"));
        s.addProperty("field", new StringSchema().example("name"));
        s.addProperty("allowed", new ArraySchema().items(new StringSchema()));
        s.setRequired(List.of("code", "message"));
        s.setAdditionalProperties(Boolean.FALSE);
        return s;
    }

    /** The resource method behind each documented operation, keyed "GET /hazards/{id}". */
    private Map<String, Method> javaMethods() {
        Map<String, Method> methods = new HashMap<>();
        if (cris == null) {
            return methods;
        }
        for (ClassResourceInfo cri : cris) {
            for (OperationResourceInfo ori : cri.getMethodDispatcher().getOperationResourceInfos()) {
                if (ori.getHttpMethod() == null) {
                    continue;
                }
                String path = getNormalizedPath(cri.getURITemplate().getValue(), ori.getURITemplate().getValue());
                path = path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}").replaceAll("\\{\\s*([^}\\s]+)\\s*}", "{$1}");
                methods.put(ori.getHttpMethod() + " " + path, ori.getAnnotatedMethod());
            }
        }
        return methods;
    }

    /** For tests: which status codes an operation documents. */
    static Set<String> codes(Operation op) {
        return op.getResponses().keySet();
    }
}
