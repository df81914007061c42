package org.anjian.rest.resources;

import java.util.List;
import javax.validation.constraints.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionService;
import org.anjian.rest.security.Callers;

/** The region tree (GB/T 2260 codes down to grids) inside the caller's jurisdiction. */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
    static final String CODE = "\\d{12}|\\d{15}";
    static final String CODE_FORM = "must be a 12-digit region code or a 15-digit grid code";

    private final RegionService regions;

    public RegionResource(RegionService regions) {
        this.regions = regions;
    }

    @GET
    public Page<Region> list(@Context SecurityContext sc) {
        List<Region> all = regions.list(Callers.of(sc));
        return new Page<>(all, all.size());
    }

    @GET
    @Path("/{code}")
    public Region get(@Context SecurityContext sc,
                      @PathParam("code") @Pattern(regexp = CODE, message = CODE_FORM) String code) {
        return regions.find(Callers.of(sc), code).orElseThrow(() -> new NotFoundException("region", code));
    }

    @GET
    @Path("/{code}/children")
    public Page<Region> children(@Context SecurityContext sc,
                                 @PathParam("code") @Pattern(regexp = CODE, message = CODE_FORM) String code) {
        List<Region> children = regions.children(Callers.of(sc), code);
        return new Page<>(children, children.size());
    }
}
