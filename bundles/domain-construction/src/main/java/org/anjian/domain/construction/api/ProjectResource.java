package org.anjian.domain.construction.api;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.construction.module.ConstructionModule;
import org.anjian.domain.construction.service.DangerousWork;
import org.anjian.domain.construction.service.DangerousWorkService;
import org.anjian.domain.construction.service.NewDangerousWork;
import org.anjian.domain.construction.service.NewPerson;
import org.anjian.domain.construction.service.NewProject;
import org.anjian.domain.construction.service.Person;
import org.anjian.domain.construction.service.PersonnelService;
import org.anjian.domain.construction.service.Project;
import org.anjian.domain.construction.service.ProjectService;
import org.anjian.domain.construction.service.ProjectStatus;
import org.anjian.domain.construction.service.StageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/domains/construction/projects}: 在建项目, each with its 危大工程 and its certificated people, all
 * scoped through the project's general contractor.
 */
@Component(service = DomainResource.class)
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource implements DomainResource {
    private static final String ID = "[0-9a-f-]{1,36}";

    private final ProjectService projects;
    private final DangerousWorkService works;
    private final PersonnelService personnel;

    @Activate
    public ProjectResource(@Reference ProjectService projects, @Reference DangerousWorkService works,
                           @Reference PersonnelService personnel) {
        this.projects = projects;
        this.works = works;
        this.personnel = personnel;
    }

    @Override
    public String moduleId() {
        return ConstructionModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "the project code is already registered")
    public Project create(@Context SecurityContext sc, @NotNull @Valid NewProject body) {
        return projects.create(Callers.of(sc), body);
    }

    /** Filters: {@code status}, {@code enterpriseCreditCode} (the contractor); paging {@code offset}, {@code limit}. */
    @GET
    public Page<Project> list(@Context SecurityContext sc, @QueryParam("status") ProjectStatus status,
                              @QueryParam("enterpriseCreditCode")
                              @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                              @Valid @BeanParam Paging paging) {
        return projects.search(Callers.of(sc), enterpriseCreditCode, status, paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public Project get(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id) {
        return projects.get(Callers.of(sc), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the project code is registered for another project")
    public Project update(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                          @NotNull @Valid NewProject body) {
        return projects.update(Callers.of(sc), id, body);
    }

    @POST
    @Path("/{id}/dangerous-works")
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public DangerousWork addWork(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                                 @NotNull @Valid NewDangerousWork body) {
        return works.add(Callers.of(sc), id, body);
    }

    @GET
    @Path("/{id}/dangerous-works")
    public Page<DangerousWork> works(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                                     @Valid @BeanParam Paging paging) {
        return works.list(Callers.of(sc), id, paging.toPageRequest());
    }

    @GET
    @Path("/{id}/dangerous-works/{workId}")
    public DangerousWork work(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                              @PathParam("workId") @Pattern(regexp = ID) String workId) {
        return works.get(Callers.of(sc), id, workId);
    }

    @POST
    @Path("/{id}/dangerous-works/{workId}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the stage is reached already, or what the work's level requires is missing")
    public DangerousWork stage(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                               @PathParam("workId") @Pattern(regexp = ID) String workId,
                               @NotNull @Valid StageRequest body) {
        return works.stage(Callers.of(sc), id, workId, body);
    }

    @POST
    @Path("/{id}/personnel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public Person addPerson(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                            @NotNull @Valid NewPerson body) {
        return personnel.add(Callers.of(sc), id, body);
    }

    @GET
    @Path("/{id}/personnel")
    public Page<Person> people(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                               @Valid @BeanParam Paging paging) {
        return personnel.list(Callers.of(sc), id, paging.toPageRequest());
    }

    @GET
    @Path("/{id}/personnel/{personId}")
    public Person person(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                         @PathParam("personId") @Pattern(regexp = ID) String personId) {
        return personnel.get(Callers.of(sc), id, personId);
    }

    @PUT
    @Path("/{id}/personnel/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Person updatePerson(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                               @PathParam("personId") @Pattern(regexp = ID) String personId,
                               @NotNull @Valid NewPerson body) {
        return personnel.update(Callers.of(sc), id, personId, body);
    }
}
