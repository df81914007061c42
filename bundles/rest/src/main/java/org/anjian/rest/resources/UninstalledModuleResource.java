package org.anjian.rest.resources;

import io.swagger.v3.oas.annotations.Hidden;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.anjian.api.common.NotFoundException;

/**
 * {@code /domains/{moduleId}/...} of a module that is not installed: an installed module's endpoint is
 * published at its own, longer address and answers first, so what reaches the platform endpoint here is a
 * module that is absent (never installed, or uninstalled a moment ago): 404 in the platform's format.
 */
@Hidden
@Path("/domains/{moduleId}")
@Produces(MediaType.APPLICATION_JSON)
public class UninstalledModuleResource {

    @GET
    @Path("{rest: .*}")
    public Object get(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    @HEAD
    @Path("{rest: .*}")
    public Object head(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    @POST
    @Path("{rest: .*}")
    public Object post(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    @PUT
    @Path("{rest: .*}")
    public Object put(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    @DELETE
    @Path("{rest: .*}")
    public Object delete(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    @PATCH
    @Path("{rest: .*}")
    public Object patch(@PathParam("moduleId") String moduleId) {
        throw absent(moduleId);
    }

    private static NotFoundException absent(String moduleId) {
        return new NotFoundException("domain module", moduleId + " (not installed)");
    }
}
