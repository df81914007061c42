package org.anjian.rest.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.validation.constraints.NotNull;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;

/** {@code GET /health}: UP (200) only when every required part reports up; otherwise DOWN (503). */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    /** The answer: UP or DOWN, and each part's status with its details. */
    public record Health(@NotNull @Schema(allowableValues = {"UP", "DOWN"}) String status,
                         @NotNull Map<String, Map<String, Object>> components) {
    }

    private final Supplier<List<HealthCheck>> checks;
    private final List<String> required;

    public HealthResource(Supplier<List<HealthCheck>> checks, List<String> required) {
        this.checks = checks;
        this.required = required;
    }

    @GET
    @Operation(summary = "Whether the platform is up", responses = {
            @ApiResponse(responseCode = "200", description = "UP: every required part is up",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class))),
            @ApiResponse(responseCode = "503", description = "DOWN: a required part is down or not started",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Health.class)))})
    public Response health() {
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck check : checks.get()) {
            SystemStatus s = check.check();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", s.up() ? "UP" : "DOWN");
            entry.putAll(s.details());
            components.put(s.component(), entry);
            up &= s.up();
        }
        for (String name : required) {
            if (!components.containsKey(name)) {
                components.put(name, Map.of("status", "DOWN", "error", "not started"));
                up = false;
            }
        }
        return Response.status(up ? 200 : 503).entity(new Health(up ? "UP" : "DOWN", components)).build();
    }
}
