package org.anjian.rest.resources;

import java.util.List;
import javax.validation.constraints.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.spi.Checklist;
import org.anjian.api.spi.ModuleInfo;
import org.anjian.api.spi.ModuleService;
import org.anjian.rest.security.Callers;

/** The installed domain modules and their checklists. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {
    /** A module id, as {@code DomainResourcePublisher} accepts them. */
    static final String MODULE_ID = "[a-z][a-z0-9-]{0,39}";
    static final String MODULE_FORM = "must be a module id (lower-case letters, digits and hyphens)";

    private final ModuleService modules;

    public ModuleResource(ModuleService modules) {
        this.modules = modules;
    }

    @GET
    @Path("modules")
    public Page<ModuleInfo> modules(@Context SecurityContext sc) {
        Callers.of(sc);
        List<ModuleInfo> all = modules.modules();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("checklists")
    public Page<Checklist> checklists(@Context SecurityContext sc,
                                      @QueryParam("module") @Pattern(regexp = MODULE_ID, message = MODULE_FORM) String module) {
        Callers.of(sc);
        List<Checklist> all = modules.checklists(module);
        return new Page<>(all, all.size());
    }
}
