package org.anjian.rest.errors;

import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.ws.rs.ext.ExceptionMapper;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.IllegalTransitionException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the platform's exceptions to HTTP: validation 400 (naming the field), forbidden 403, not found
 * 404, conflicts and illegal transitions 409 (naming the allowed actions). Anything else is a 500
 * with a generic message; the stack trace stays in the log.
 */
public class DomainExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);

    @Override
    public javax.ws.rs.core.Response toResponse(RuntimeException e) {
        if (e instanceof ValidationException v) {
            return Errors.response(400, ApiError.of("VALIDATION", v.field() + ": " + v.getMessage(), v.field()));
        }
        if (e instanceof org.anjian.api.exchange.UnauthenticatedPeerException) {
            return Errors.response(401, ApiError.of("UNAUTHORIZED", e.getMessage()));
        }
        if (e instanceof ForbiddenException) {
            return Errors.response(403, ApiError.of("FORBIDDEN", e.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return Errors.response(404, ApiError.of("NOT_FOUND", e.getMessage()));
        }
        if (e instanceof IllegalTransitionException t) {
            return Errors.response(409, new ApiError("ILLEGAL_TRANSITION", t.getMessage(), "action", t.allowed()));
        }
        if (e instanceof ConflictException c) {
            return Errors.response(409, ApiError.of(c.code(), c.getMessage(), c.field()));
        }
        if (e instanceof OptimisticLockException
                || (e instanceof RollbackException && e.getCause() instanceof OptimisticLockException)) {
            return Errors.response(409, ApiError.of("STALE_VERSION", "the record was changed concurrently; reload and retry"));
        }
        if (e instanceof javax.ws.rs.WebApplicationException w) {
            // keep the original headers (Allow on 405, WWW-Authenticate on 401), replace the body
            int status = w.getResponse().getStatus();
            return javax.ws.rs.core.Response.fromResponse(w.getResponse())
                    .type(javax.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(codeFor(status), w.getMessage())).build();
        }
        LOG.error("Unexpected error", e);
        return Errors.response(500, ApiError.of("INTERNAL", "internal error; see the server log"));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
    }
}
