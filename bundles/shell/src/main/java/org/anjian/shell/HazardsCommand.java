package org.anjian.shell;

import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "hazards", description = "Lists hazards; --overdue shows the overdue open ones")
@Service
public class HazardsCommand implements Action {
    @Reference
    private HazardService hazards;

    @Option(name = "--overdue", description = "Only overdue open hazards")
    private boolean overdue;

    @Option(name = "--status", description = "REGISTERED, ASSIGNED, RECTIFYING, SUBMITTED, CLOSED")
    private String status;

    @Option(name = "--region", description = "Region code or code prefix")
    private String region;

    @Option(name = "--limit", description = "Rows to show")
    private int limit = 30;

    @Override
    public Object execute() {
        HazardStatus s = status == null ? null : HazardStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        Page<Hazard> page = hazards.search(ShellCaller.get(),
                new HazardQuery(s, null, region, null, overdue ? Boolean.TRUE : null, null, new PageRequest(0, limit)));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Enterprise");
        table.column("Grade");
        table.column("Status");
        table.column("Supervision");
        table.column("Deadline");
        table.column("Description");
        for (Hazard h : page.items()) {
            table.addRow().addContent(h.id(), ShellCaller.cut(h.enterpriseName(), 20), h.grade(), h.status(),
                    h.supervision(), h.deadline(), ShellCaller.cut(h.description(), 30));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " hazards");
        return null;
    }
}
