package org.anjian.rest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.IllegalTransitionException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {
    private final DomainExceptionMapper mapper = new DomainExceptionMapper();

    private static ApiError error(Response response) {
        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.getEntity()).isInstanceOf(ApiError.class);
        return (ApiError) response.getEntity();
    }

    @Test
    void validationIs400NamingTheField() {
        Response r = mapper.toResponse(new ValidationException("deadline", "must be within three years"));

        assertThat(r.getStatus()).isEqualTo(400);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("VALIDATION");
        assertThat(e.field()).isEqualTo("deadline");
        assertThat(e.message()).isEqualTo("deadline: must be within three years");
        assertThat(e.allowed()).isNull();
    }

    @Test
    void forbiddenIs403() {
        Response r = mapper.toResponse(new ForbiddenException("leaders may only read"));

        assertThat(r.getStatus()).isEqualTo(403);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("FORBIDDEN");
        assertThat(e.message()).isEqualTo("leaders may only read");
        assertThat(e.field()).isNull();
    }

    @Test
    void notFoundIs404() {
        Response r = mapper.toResponse(new NotFoundException("enterprise", "91330999MA4YPG4G19"));

        assertThat(r.getStatus()).isEqualTo(404);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("NOT_FOUND");
        assertThat(e.message()).isEqualTo("enterprise 91330999MA4YPG4G19 not found");
    }

    @Test
    void conflictIs409WithItsOwnCodeAndField() {
        Response r = mapper.toResponse(new ConflictException("MAJOR_HAZARD_ITEMS_MISSING", "funds", "funds missing"));

        assertThat(r.getStatus()).isEqualTo(409);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("MAJOR_HAZARD_ITEMS_MISSING");
        assertThat(e.field()).isEqualTo("funds");
        assertThat(e.message()).isEqualTo("funds missing");
    }

    @Test
    void illegalTransitionIs409ListingTheAllowedActions() {
        Response r = mapper.toResponse(new IllegalTransitionException("SUBMITTED", "START", List.of("ACCEPT", "REJECT")));

        assertThat(r.getStatus()).isEqualTo(409);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(e.field()).isEqualTo("action");
        assertThat(e.allowed()).containsExactly("ACCEPT", "REJECT");
        assertThat(e.message()).contains("START", "SUBMITTED");
    }

    @Test
    void illegalTransitionFromAClosedHazardAllowsNothing() {
        Response r = mapper.toResponse(new IllegalTransitionException("CLOSED", "REJECT", null));

        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(e.allowed()).isNotNull().isEmpty();
    }

    @Test
    void optimisticLockIs409StaleVersion() {
        Response r = mapper.toResponse(new OptimisticLockException("Row was updated or deleted by another transaction"));

        assertThat(r.getStatus()).isEqualTo(409);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("STALE_VERSION");
        assertThat(e.message()).doesNotContain("Row was updated");
    }

    @Test
    void optimisticLockWrappedInARollbackIs409StaleVersion() {
        Response r = mapper.toResponse(new RollbackException("commit failed", new OptimisticLockException("stale")));

        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(error(r).code()).isEqualTo("STALE_VERSION");
    }

    @Test
    void anyOtherRollbackIsInternal() {
        Response r = mapper.toResponse(new RollbackException("commit failed", new IllegalStateException("disk full")));

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(error(r).code()).isEqualTo("INTERNAL");
    }

    @Test
    void aJaxRsExceptionKeepsItsStatus() {
        Response r = mapper.toResponse(new WebApplicationException(415));

        assertThat(r.getStatus()).isEqualTo(415);
        assertThat(error(r).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aJaxRsExceptionWithAnUnlistedStatusGetsAGenericCode() {
        Response r = mapper.toResponse(new WebApplicationException(429));

        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(error(r).code()).isEqualTo("HTTP_429");
    }

    @Test
    void anUnexpectedErrorIs500WithoutItsDetails() {
        IllegalStateException cause = new IllegalStateException("connection to jdbc:postgresql://db:5432/anjian refused");
        RuntimeException unexpected = new RuntimeException("password=hunter2 in org.anjian.core.Secret", cause);

        Response r = mapper.toResponse(unexpected);

        assertThat(r.getStatus()).isEqualTo(500);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INTERNAL");
        assertThat(e.message())
                .isEqualTo("internal error; see the server log")
                .doesNotContain("hunter2", "jdbc", "postgresql", "Exception", "org.anjian", "\tat ");
        assertThat(e.field()).isNull();
        assertThat(e.allowed()).isNull();
    }

    @Test
    void aNullPointerIs500() {
        Response r = mapper.toResponse(new NullPointerException("Cannot invoke \"String.strip()\" because \"name\" is null"));

        assertThat(r.getStatus()).isEqualTo(500);
        ApiError e = error(r);
        assertThat(e.code()).isEqualTo("INTERNAL");
        assertThat(e.message()).doesNotContain("strip", "null");
    }
}
