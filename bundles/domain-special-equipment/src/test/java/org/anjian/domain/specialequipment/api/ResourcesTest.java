package org.anjian.domain.specialequipment.api;

import org.anjian.api.rest.Paging;
import static org.anjian.domain.specialequipment.testing.Fixture.ADMIN;
import static org.anjian.domain.specialequipment.testing.Fixture.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.Principal;
import javax.ws.rs.Path;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.service.HandleRequest;
import org.anjian.domain.specialequipment.service.InspectionResult;
import org.anjian.domain.specialequipment.service.NewElevatorEvent;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.anjian.domain.specialequipment.testing.Fixture;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    /** Like the platform's API mapper: ISO dates, unknown fields refused. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Fixture f = new Fixture();
    private final EquipmentResource equipment = new EquipmentResource(f.service);
    private final ElevatorEventResource events = new ElevatorEventResource(f.service);

    static SecurityContext as(AnjianPrincipal p) {
        Principal user = p == null ? null : new CallerPrincipal(p);
        return new SecurityContext() {
            @Override public Principal getUserPrincipal() { return user; }
            @Override public boolean isUserInRole(String role) { return false; }
            @Override public boolean isSecure() { return true; }
            @Override public String getAuthenticationScheme() { return "Basic"; }
        };
    }

    @Test
    void pathsAndModule() {
        assertThat(EquipmentResource.class.getAnnotation(Path.class).value()).isEqualTo("/equipment");
        assertThat(ElevatorEventResource.class.getAnnotation(Path.class).value()).isEqualTo("/elevator-events");
        assertThat(equipment.moduleId()).isEqualTo("special-equipment");
        assertThat(events.moduleId()).isEqualTo("special-equipment");
    }

    @Test
    void theWholeFlowThroughTheResourcesWithJsonBodies() throws Exception {
        NewEquipment body = JSON.readValue("""
                {"enterpriseCreditCode":"%s","categoryCode":"3100","equipmentCode":"%s","rescueCode":"33099900001",
                 "lastInspection":"2025-06-01","location":"1号梯"}""".formatted(Fixture.CC_A, code("3100", 1)),
                NewEquipment.class);
        EquipmentView v = equipment.create(as(ADMIN), body);
        assertThat(JSON.writeValueAsString(v)).contains("\"nextDue\":\"2026-06-01\"").contains("\"inspectionStatus\":\"OVERDUE\"");

        assertThat(equipment.search(as(ADMIN), null, "3000", true, null, null, new Paging(0, 10)).total()).isEqualTo(1);
        assertThat(equipment.search(as(ADMIN), null, null, null, 30, null, new Paging()).total()).isZero();

        NewInspection inspection = JSON.readValue("""
                {"inspectedOn":"2026-06-10","result":"PASS","inspector":"县特检所","reportNo":"JY-1","safetyConditionGrade":null}""",
                NewInspection.class);
        InspectionResult r = equipment.recordInspection(as(ADMIN), v.id(), inspection);
        assertThat(JSON.writeValueAsString(r)).contains("\"nextDue\":\"2027-06-10\"");
        assertThat(r.equipment().status()).isEqualTo("IN_USE");
        assertThat(JSON.writeValueAsString(equipment.get(as(ADMIN), v.id()))).contains("\"reportNo\":\"JY-1\"");

        NewElevatorEvent ev = JSON.readValue("""
                {"equipmentCode":"%s","kind":"ENTRAPMENT","at":"2026-06-15T09:30:00+08:00","description":"困人"}"""
                .formatted(code("3100", 1)), NewElevatorEvent.class);
        ElevatorEvent raised = events.create(as(ADMIN), ev);
        assertThat(events.search(as(ADMIN), ElevatorEventResource.Status.RAISED, new Paging()).total()).isEqualTo(1);
        ElevatorEvent handled = events.handle(as(ADMIN), raised.id(), JSON.readValue("{\"note\":\"已处置\"}", HandleRequest.class));
        assertThat(JSON.writeValueAsString(handled)).contains("\"status\":\"HANDLED\"").contains("\"at\":\"2026-06-15T01:30:00Z\"");
    }

    @Test
    void badQueryParametersAndMissingCallers() {
        // malformed values (overdue=maybe, dueWithinDays=soon) are the platform's to refuse, as 400s naming them
        assertThatThrownBy(() -> equipment.search(as(ADMIN), null, null, null, 4000, null, new Paging()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("dueWithinDays"));
        assertThatThrownBy(() -> equipment.search(as(ADMIN), null, null, null, null, null, new Paging(null, 501)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        assertThatThrownBy(() -> equipment.search(as(ADMIN), null, null, null, null, null, new Paging(-1, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("offset"));
        assertThatThrownBy(() -> equipment.search(as(null), null, null, null, null, null, new Paging()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> events.search(as(null), null, new Paging())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void unknownJsonFieldsAreRefusedByTheApiMapper() {
        assertThatThrownBy(() -> JSON.readValue("{\"inspectedOn\":\"2026-06-10\",\"bogus\":1}", NewInspection.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
    }
}
