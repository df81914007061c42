package org.anjian.shell;

import org.anjian.api.common.Page;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "exchange-runs", description = "The exchange run ledger, newest first")
@Service
public class ExchangeRunsCommand implements Action {
    @Reference
    private ExchangeService exchange;

    @Option(name = "--peer", description = "Only this peer (e.g. province)")
    private String peer;

    @Option(name = "--limit", description = "Rows to show")
    private int limit = 20;

    @Override
    public Object execute() {
        Page<ExchangeRun> page = exchange.runs(ShellCaller.get(), peer, 0, limit);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Peer", "Dir", "Trigger", "Started", "Ended", "Status", "Sent", "Acked",
                "Pending", "Dead", "Skipped", "Digest", "Error"}) {
            table.column(c);
        }
        for (ExchangeRun r : page.items()) {
            table.addRow().addContent(r.id(), r.peer(), r.direction(), ShellCaller.cut(r.trigger(), 20), r.startedAt(),
                    r.endedAt() == null ? "" : r.endedAt(), r.status(), r.sent(), r.acknowledged(), r.failed(), r.dead(),
                    r.skipped(), r.digest() == null ? "" : r.digest().substring(0, 12), ShellCaller.cut(r.error(), 40));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " runs; peers: " + exchange.peers());
        return null;
    }
}
