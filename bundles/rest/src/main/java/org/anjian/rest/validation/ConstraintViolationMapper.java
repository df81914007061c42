package org.anjian.rest.validation;

import java.util.ArrayList;
import java.util.List;
import javax.validation.ConstraintViolationException;
import javax.validation.ElementKind;
import javax.validation.Path;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.anjian.api.common.ValidationException;
import org.anjian.api.validation.Violations;
import org.anjian.rest.errors.ApiError;

/**
 * A request that breaks a declared constraint (checked by CXF's bean validation before the resource method
 * runs) is a 400 naming the field as the client wrote it: {@code limit}, {@code name}, {@code guarantors[0].phone},
 * or {@code body} for a missing body.
 */
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ValidationException first = Violations.first(e.getConstraintViolations(), ConstraintViolationMapper::field)
                .orElse(new ValidationException("body", "is invalid"));
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of("VALIDATION", first.field() + ": " + first.getMessage(), first.field())).build();
    }

    /** The field of a method-parameter violation: the method and the parameter bean or body node dropped. */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<Path.Node> rest = new ArrayList<>();
        String parameter = null;
        for (Path.Node n : nodes) {
            if (n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (n.getKind() == ElementKind.PARAMETER && parameter == null) {
                parameter = n.getName();
                continue;
            }
            rest.add(n);
        }
        if (rest.isEmpty()) {
            return parameter == null || ApiParameterNames.PARAMS.equals(parameter) ? "body" : parameter;
        }
        StringBuilder b = new StringBuilder();
        for (Path.Node n : rest) {
            if (n.isInIterable() && b.length() > 0) {
                b.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
            }
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT || n.getName() == null) {
                continue;
            }
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(n.getName());
        }
        return b.length() == 0 ? (parameter == null ? "body" : parameter) : b.toString();
    }
}
