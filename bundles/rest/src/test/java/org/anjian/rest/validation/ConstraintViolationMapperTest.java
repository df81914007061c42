package org.anjian.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import javax.validation.ConstraintViolation;
import javax.validation.ConstraintViolationException;
import javax.validation.Valid;
import javax.validation.Validation;
import javax.validation.Validator;
import javax.validation.constraints.Max;
import javax.validation.constraints.NotNull;
import javax.ws.rs.BeanParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.rest.Paging;
import org.anjian.rest.errors.ApiError;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Violations of a resource method's declared constraints, as CXF's validation reports them, name the client's field. */
class ConstraintViolationMapperTest {
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).parameterNameProvider(new ApiParameterNames())
            .buildValidatorFactory().getValidator();

    /** Shaped like a resource. */
    public static class Resource {
        public Object list(@Context SecurityContext sc, @QueryParam("limitless") @Max(5) Integer n,
                           @Valid @BeanParam Paging paging) {
            return null;
        }

        public Object create(@Context SecurityContext sc, @NotNull @Valid Enterprise body) {
            return null;
        }
    }

    private static ApiError error(String method, Object... args) throws Exception {
        Method m = null;
        for (Method candidate : Resource.class.getMethods()) {
            if (candidate.getName().equals(method)) {
                m = candidate;
            }
        }
        Set<ConstraintViolation<Resource>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Resource(), m, args);
        assertThat(violations).isNotEmpty();
        Response r = new ConstraintViolationMapper().toResponse(new ConstraintViolationException(violations));
        assertThat(r.getStatus()).isEqualTo(400);
        return (ApiError) r.getEntity();
    }

    static Enterprise enterprise(String name, String phone) {
        return new Enterprise("91330999MA4YPG4G19", name, "2614", "示范县城关街道文昌路1号", "330999001001", null,
                List.of(), RiskColour.RED, null, null, List.of(new Guarantor("王建国", null, phone)), null);
    }

    @Test
    void queryParametersAreNamedAsTheClientWroteThem() throws Exception {
        ApiError e = error("list", null, 6, new Paging());
        assertThat(e.field()).isEqualTo("limitless");
        assertThat(e.message()).isEqualTo("limitless: must be at most 5");
        assertThat(error("list", null, null, new Paging(null, 501)).message()).isEqualTo("limit: must be at most 500");
        assertThat(error("list", null, null, new Paging(-1, null)).field()).isEqualTo("offset");
    }

    @Test
    void aMissingBodyAndTheBodysFieldsByJsonPath() throws Exception {
        ApiError missing = error("create", null, null);
        assertThat(missing.field()).isEqualTo("body");
        assertThat(missing.message()).isEqualTo("body: is required");
        assertThat(error("create", null, enterprise("长".repeat(201), null)).message())
                .isEqualTo("name: must be between 1 and 200 characters");
        assertThat(error("create", null, enterprise("", null)).message()).isEqualTo("name: is required");
        assertThat(error("create", null, enterprise("示范县化工", "abc")).message())
                .isEqualTo("guarantors[0].phone: is not a phone number");
    }
}
