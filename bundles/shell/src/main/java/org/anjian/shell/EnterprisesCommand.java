package org.anjian.shell;

import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.enterprise.RiskColour;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "enterprises", description = "Searches the enterprise registry (一企一档)")
@Service
public class EnterprisesCommand implements Action {
    @Reference
    private EnterpriseService enterprises;

    @Argument(index = 0, name = "name", description = "Part of the enterprise name", required = false)
    private String name;

    @Option(name = "--region", description = "Region code or code prefix")
    private String region;

    @Option(name = "--colour", description = "Risk colour: RED, ORANGE, YELLOW, BLUE")
    private String colour;

    @Option(name = "--industry", description = "GB/T 4754 industry code prefix")
    private String industry;

    @Option(name = "--limit", description = "Rows to show")
    private int limit = 30;

    @Override
    public Object execute() {
        RiskColour c = colour == null ? null : RiskColour.valueOf(colour.toUpperCase(java.util.Locale.ROOT));
        Page<Enterprise> page = enterprises.search(ShellCaller.get(),
                new EnterpriseQuery(region, c, industry, name, new PageRequest(0, limit)));
        ShellTable table = new ShellTable();
        table.column("Credit code");
        table.column("Name");
        table.column("Industry");
        table.column("Region");
        table.column("Colour");
        for (Enterprise e : page.items()) {
            table.addRow().addContent(e.creditCode(), ShellCaller.cut(e.name(), 28), e.industryCode(), e.regionCode(),
                    e.riskColour());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " enterprises");
        return null;
    }
}
