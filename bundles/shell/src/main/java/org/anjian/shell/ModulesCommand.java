package org.anjian.shell;

import java.util.List;
import org.anjian.api.spi.ModuleInfo;
import org.anjian.api.spi.ModuleService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "modules", description = "Lists the installed industry domain modules and what each contributes")
@Service
public class ModulesCommand implements Action {
    @Reference
    private ModuleService modules;

    @Override
    public Object execute() {
        List<ModuleInfo> all = modules.modules();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Sub-committee");
        table.column("Contributions");
        for (ModuleInfo m : all) {
            table.addRow().addContent(m.id(), m.nameZh(), m.version(), m.subcommittee(), m.contributions());
        }
        table.print(System.out);
        System.out.println(all.size() + " modules (feature:list | grep anjian-domain for the installable ones)");
        return null;
    }
}
