package org.anjian.rest.resources;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.KeysetPaging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.EnterpriseRisk;
import org.anjian.api.spi.ModuleService;
import org.anjian.api.common.PageRequest;
import org.anjian.api.region.RegionService;
import org.anjian.rest.export.Exports;
import org.anjian.rest.security.Callers;
import javax.ws.rs.core.Response;

/** 一企一档 over HTTP. */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    private final EnterpriseService enterprises;
    private final ModuleService modules;
    private final RegionService regions;

    public EnterpriseResource(EnterpriseService enterprises, ModuleService modules, RegionService regions) {
        this.enterprises = enterprises;
        this.modules = modules;
        this.regions = regions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created(idProperty = "creditCode")
    @Responds(status = 409, when = "an enterprise with this credit code is already registered")
    public Enterprise create(@Context SecurityContext sc, @NotNull @Valid Enterprise body) {
        return enterprises.create(Callers.of(sc), body);
    }

    @GET
    public Page<Enterprise> search(@Context SecurityContext sc, @Valid @BeanParam EnterpriseFilter filter,
                                   @Valid @BeanParam KeysetPaging paging) {
        return enterprises.search(Callers.of(sc), filter.toQuery(paging.toPageRequest()));
    }

    /** The list under the same filters as an Excel workbook (every matching row, streamed). */
    @GET
    @Path("/export")
    @Produces(Exports.XLSX)
    @io.swagger.v3.oas.annotations.Operation(summary = "The enterprise list under the same filters as an Excel workbook (.xlsx)",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
                    description = "the workbook, one row per enterprise",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = Exports.XLSX,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))))
    public Response export(@Context SecurityContext sc, @Valid @BeanParam EnterpriseFilter filter) {
        var caller = Callers.of(sc);
        return Exports.download("一企一档", Exports.enterprises(RegionNames.of(regions, caller)),
                page -> enterprises.search(caller, filter.toQuery(page)));
    }

    @GET
    @Path("/{creditCode}")
    public Enterprise get(@Context SecurityContext sc, @PathParam("creditCode") String creditCode) {
        return enterprises.find(Callers.of(sc), creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
    }

    /** The enterprise's risk explained: its colour, its hazard facts and every installed indicator's score. */
    @GET
    @Path("/{creditCode}/risk")
    public EnterpriseRisk risk(@Context SecurityContext sc, @PathParam("creditCode") String creditCode) {
        return modules.risk(Callers.of(sc), creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
    }

    @PUT
    @Path("/{creditCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the record was changed since the version sent (reload and retry)")
    public Enterprise update(@Context SecurityContext sc, @PathParam("creditCode") String creditCode,
                             @NotNull @Valid Enterprise body) {
        return enterprises.update(Callers.of(sc), creditCode, body);
    }
}
