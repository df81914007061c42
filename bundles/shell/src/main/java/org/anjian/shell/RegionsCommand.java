package org.anjian.shell;

import java.util.List;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;
import org.anjian.api.region.RegionService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "regions", description = "Lists regions: the children of a code, or every region down to a level")
@Service
public class RegionsCommand implements Action {
    @Reference
    private RegionService regions;

    @Argument(index = 0, name = "code", description = "Parent region code (lists its children)", required = false)
    private String code;

    @Option(name = "--level", description = "With no code: list down to this level (COUNTY, TOWNSHIP, VILLAGE, GRID)")
    private String level = "TOWNSHIP";

    @Override
    public Object execute() {
        List<Region> rows;
        if (code != null) {
            rows = regions.children(ShellCaller.get(), code);
        } else {
            RegionLevel deepest = RegionLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT));
            rows = regions.list(ShellCaller.get()).stream().filter(r -> r.level().ordinal() <= deepest.ordinal()).toList();
        }
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Name");
        table.column("Level");
        table.column("Parent");
        for (Region r : rows) {
            table.addRow().addContent(r.code(), r.name(), r.level(), r.parentCode() == null ? "" : r.parentCode());
        }
        table.print(System.out);
        System.out.println(rows.size() + " regions; table versions " + regions.tableVersions());
        return null;
    }
}
