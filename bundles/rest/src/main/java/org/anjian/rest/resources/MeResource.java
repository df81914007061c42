package org.anjian.rest.resources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.validation.constraints.NotNull;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.rest.export.Labels;
import org.anjian.rest.security.Callers;

/** Who the caller is to the platform: roles, jurisdiction and what they may do (the console's current user). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final RegionService regions;

    public MeResource(RegionService regions) {
        this.regions = regions;
    }

    /**
     * The caller.
     *
     * @param userId           the user
     * @param roles            their roles
     * @param jurisdiction     the region (or grid) code that scopes every query; empty: the whole installation
     * @param jurisdictionName its name (示范县, 城关街道, a grid's name)
     * @param jurisdictionLevel COUNTY, TOWNSHIP, VILLAGE or GRID (null for the whole installation)
     * @param department       their unit
     * @param canWrite         whether they may change records (register, transition, upload)
     * @param admin            whether they administer the bureau's installation (modules, exchange)
     * @param roleNames        the roles in Chinese
     * @param jurisdictionPath the regions from the county down to the jurisdiction (a grid member's village and
     *                         township by name, which the region tree of their grid does not hold)
     */
    public record Me(@NotNull String userId, @NotNull List<String> roles, @NotNull String jurisdiction,
                     String jurisdictionName, String jurisdictionLevel, String department, @NotNull Boolean canWrite,
                     @NotNull Boolean admin, @NotNull List<String> roleNames, @NotNull List<PathRegion> jurisdictionPath) {
    }

    /** One region of the path to a jurisdiction. */
    public record PathRegion(@NotNull String code, @NotNull String name, @NotNull String level) {
    }

    @GET
    @Path("me")
    public Me me(@Context SecurityContext sc) {
        AnjianPrincipal caller = Callers.of(sc);
        Optional<Region> region = caller.jurisdiction().isEmpty() ? Optional.empty()
                : regions.find(caller, codeOf(caller.jurisdiction()));
        List<String> roles = caller.roles().stream().sorted().toList();
        Map<String, String> names = Labels.all().get("role");
        return new Me(caller.userId(), roles, caller.jurisdiction(), region.map(Region::name).orElse(null),
                region.map(r -> r.level().name()).orElse(null), caller.department(),
                caller.roles().stream().anyMatch(Roles.WRITERS::contains), caller.hasRole(Roles.ADMIN),
                roles.stream().map(r -> names.getOrDefault(r, r)).toList(), path(caller.jurisdiction()));
    }

    /** The county, township, village and grid a jurisdiction lies in (as far as it goes), by name. */
    private List<PathRegion> path(String jurisdiction) {
        AnjianPrincipal lookup = AnjianPrincipal.system("me");
        List<PathRegion> out = new java.util.ArrayList<>();
        for (int length : new int[]{6, 9, 12, 15}) {
            if (jurisdiction.length() < length) {
                break;
            }
            regions.find(lookup, codeOf(jurisdiction.substring(0, length)))
                    .ifPresent(r -> out.add(new PathRegion(r.code(), r.name(), r.level().name())));
        }
        return out;
    }

    /** The region code a jurisdiction prefix stands for (330999001 → 330999001000). */
    static String codeOf(String prefix) {
        return switch (prefix.length()) {
            case 6 -> prefix + "000000";
            case 9 -> prefix + "000";
            default -> prefix;
        };
    }

    @GET
    @Path("dictionaries")
    @io.swagger.v3.oas.annotations.Operation(summary = "The Chinese labels of the platform's codes: dictionary → code → label")
    public Map<String, Map<String, String>> dictionaries(@Context SecurityContext sc) {
        Callers.of(sc);
        return Labels.all();
    }
}
