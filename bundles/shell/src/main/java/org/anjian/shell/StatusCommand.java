package org.anjian.shell;

import java.util.List;
import org.anjian.api.system.HealthCheck;
import org.anjian.api.system.SystemStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "anjian", name = "status", description = "Health of the platform: persistence, broker, ...")
@Service
public class StatusCommand implements Action {
    @Reference
    private List<HealthCheck> checks;

    @Override
    public Object execute() {
        boolean up = true;
        for (HealthCheck check : checks) {
            SystemStatus s = check.check();
            up &= s.up();
            System.out.printf("%-12s %-4s %s%n", s.component(), s.up() ? "UP" : "DOWN", s.details());
        }
        System.out.println("Anjian is " + (up && !checks.isEmpty() ? "UP" : "DOWN"));
        return null;
    }
}
