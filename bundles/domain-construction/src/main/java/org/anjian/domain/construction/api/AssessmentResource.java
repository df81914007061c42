package org.anjian.domain.construction.api;

import java.util.Map;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.construction.module.ConstructionModule;
import org.anjian.domain.construction.rules.Assessment;
import org.anjian.domain.construction.service.DangerousWorkRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/domains/construction/dangerous-works/assessments}: the 危大工程 judgement of a work from its category
 * and parameters (住建部令第37号, 建办质〔2018〕31号 附件1/附件2, the province's thresholds). A calculation: it stores
 * nothing.
 */
@Component(service = DomainResource.class)
@Path("/dangerous-works")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource implements DomainResource {
    /** The work to judge. */
    public record AssessmentRequest(@NotNull @Size(max = 20) String category, Map<String, Object> parameters) {
    }

    private final DangerousWorkRules rules;

    @Activate
    public AssessmentResource(@Reference DangerousWorkRules rules) {
        this.rules = rules;
    }

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Assessment assess(@Context SecurityContext sc, @NotNull @Valid AssessmentRequest body) {
        Callers.require(Callers.of(sc));
        Fields.body(body);
        return rules.assess(body.category(), body.parameters());
    }
}
