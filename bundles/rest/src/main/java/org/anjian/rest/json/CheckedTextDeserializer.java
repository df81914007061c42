package org.anjian.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.anjian.api.validation.MultilineText;

/**
 * Every JSON string bound to a Java {@code String}: read as Jackson reads it (no coercion of numbers or
 * booleans, see {@link org.anjian.rest.server.ObjectMappers}), then held to {@link TextRule} — single-line unless
 * the property is marked {@link MultilineText}.
 */
public final class CheckedTextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final boolean multiline;

    public CheckedTextDeserializer() {
        this(false);
    }

    private CheckedTextDeserializer(boolean multiline) {
        super(String.class);
        this.multiline = multiline;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        boolean marked = property != null && property.getAnnotation(MultilineText.class) != null;
        return marked == multiline ? this : new CheckedTextDeserializer(marked);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = StringDeserializer.instance.deserialize(p, ctxt);
        if (text != null) {
            String problem = TextRule.problem(text, multiline);
            if (problem != null) {
                throw new TextNotAllowedException(p, "contains " + problem);
            }
        }
        return text;
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }
}
