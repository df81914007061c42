package org.anjian.rest.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    private final Supplier<List<HealthCheck>> checks;
    private final List<String> required;

    public HealthResource(Supplier<List<HealthCheck>> checks, List<String> required) {
        this.checks = checks;
        this.required = required;
    }

    @GET
    public Response health() {
        Map<String, Object> components = new LinkedHashMap<>();
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("components", components);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
