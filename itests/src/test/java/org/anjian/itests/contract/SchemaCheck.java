package org.anjian.itests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON values held to a document's schemas by an outside validator (networknt json-schema-validator, OpenAPI 3.0
 * dialect: {@code nullable} understood, formats asserted), not by our own reading of them.
 */
public final class SchemaCheck {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final Map<JsonNode, JsonSchema> compiled = new IdentityHashMap<>();

    /** What is wrong with the value by the schema; empty when it conforms. */
    public synchronized List<String> problems(ContractDocument document, JsonNode schema, JsonNode value) {
        JsonSchema s = compiled.computeIfAbsent(schema, k -> FACTORY.getSchema(document.standalone(k), CONFIG));
        Set<ValidationMessage> messages = s.validate(value);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
