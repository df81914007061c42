package org.anjian.domain.chemical.api;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.anjian.api.common.ValidationException;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.rules.AssessmentResult;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.rules.SubstanceQuantity;
import org.anjian.domain.chemical.rules.SubstanceRef;
import org.anjian.domain.chemical.rules.UnknownSubstanceException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code POST /api/v1/domains/chemical/major-hazard-assessments}: GB 18218-2018 identification (S) and
 * grading (R) of one production or storage unit. Any authenticated user may compute.
 */
@Component(service = DomainResource.class)
@Path("/major-hazard-assessments")
@Produces(MediaType.APPLICATION_JSON)
public class MajorHazardAssessmentResource implements DomainResource {
    static final int MAX_SUBSTANCES = AssessmentRequest.MAX_SUBSTANCES;

    private final MajorHazardAssessment assessment = MajorHazardAssessment.withDefaultCatalogue();

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentResult assess(@NotNull @Valid AssessmentRequest request) {
        List<SubstanceQuantity> substances = toQuantities(request);
        try {
            return assessment.assess(substances, request.exposedPopulation());
        } catch (UnknownSubstanceException e) {
            throw new ValidationException(e.field(), "unknown substance " + e.reference()
                    + " (not in the GB 18218 table; give its hazardClass to use the class values)");
        } catch (IllegalArgumentException e) {
            throw new ValidationException("substances", e.getMessage());
        }
    }

    public static List<SubstanceQuantity> toQuantities(AssessmentRequest request) {
        if (request == null) {
            throw new ValidationException("body", "an assessment request is required");
        }
        if (request.exposedPopulation() == null || request.exposedPopulation() < 0) {
            throw new ValidationException("exposedPopulation", "is required (people within 500 m, 0 or more)");
        }
        if (request.substances() == null || request.substances().isEmpty()) {
            throw new ValidationException("substances", "at least one substance is required");
        }
        if (request.substances().size() > MAX_SUBSTANCES) {
            throw new ValidationException("substances", "at most " + MAX_SUBSTANCES + " substances");
        }
        List<SubstanceQuantity> out = new ArrayList<>();
        for (int i = 0; i < request.substances().size(); i++) {
            AssessmentRequest.SubstanceInput s = request.substances().get(i);
            String field = "substances[" + i + "]";
            if (s == null || (blank(s.cas()) && blank(s.name()) && blank(s.hazardClass()))) {
                throw new ValidationException(field, "needs cas, name or hazardClass");
            }
            if (s.quantityTonnes() == null || s.quantityTonnes().isNaN() || s.quantityTonnes().isInfinite()
                    || s.quantityTonnes() < 0) {
                throw new ValidationException(field + ".quantityTonnes", "is required (tonnes, 0 or more)");
            }
            out.add(new SubstanceQuantity(new SubstanceRef(trim(s.cas()), trim(s.name()), trim(s.hazardClass())),
                    s.quantityTonnes()));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
