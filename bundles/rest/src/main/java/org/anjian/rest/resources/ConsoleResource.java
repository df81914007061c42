package org.anjian.rest.resources;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.spi.ConsolePage;
import org.anjian.api.spi.ModuleService;
import org.anjian.rest.security.Callers;

/**
 * The console pages domains contribute ({@code GET /console/pages}: the pages, enterprise tabs and dashboard
 * widgets the caller's roles may see) and their ES modules and assets
 * ({@code GET /console/{moduleId}/{path}}, served without login: code, never data).
 */
@Path("/console")
public class ConsoleResource {
    private final ModuleService modules;

    public ConsoleResource(ModuleService modules) {
        this.modules = modules;
    }

    @GET
    @Path("pages")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ConsolePage> pages(@Context SecurityContext sc, @QueryParam("module")
            @javax.validation.constraints.Pattern(regexp = ModuleResource.MODULE_ID, message = ModuleResource.MODULE_FORM)
            String module) {
        var caller = Callers.of(sc);
        List<ConsolePage> all = modules.consolePages(module).stream()
                .filter(p -> p.roles().isEmpty() || p.roles().stream().anyMatch(caller::hasRole)).toList();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{moduleId}/{path: .+}")
    @io.swagger.v3.oas.annotations.Operation(summary = "A domain's console asset (an ES module, a style sheet, an image): code, never data",
            responses = {
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the asset",
                            content = {
                                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/javascript"),
                                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/css"),
                                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json"),
                                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/svg+xml"),
                                    @io.swagger.v3.oas.annotations.media.Content(mediaType = "image/png")}),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "no such asset")})
    public Response asset(@PathParam("moduleId") String moduleId, @PathParam("path") String path) {
        InputStream in = modules.consoleAsset(moduleId, path)
                .orElseThrow(() -> new NotFoundException("console asset", moduleId + "/" + path));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(in, typeOf(path)).cacheControl(cache).build();
    }

    static String typeOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".js") || p.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        }
        if (p.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (p.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (p.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/png";
    }
}
