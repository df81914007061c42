package org.anjian.shell;

import org.anjian.api.common.Page;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "anjian", name = "exchange-dead-letters", description = "Records a peer rejected, with the reason")
@Service
public class ExchangeDeadLettersCommand implements Action {
    @Reference
    private ExchangeService exchange;

    @Option(name = "--peer", description = "Only this peer")
    private String peer;

    @Option(name = "--all", description = "Replayed ones too (default: open only)")
    private boolean all;

    @Option(name = "--limit", description = "Rows to show")
    private int limit = 30;

    @Override
    public Object execute() {
        Page<DeadLetter> page = exchange.deadLetters(ShellCaller.get(), peer, all ? null : "OPEN", 0, limit);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Peer", "Key", "Field", "Reason", "Run", "At", "Status"}) {
            table.column(c);
        }
        for (DeadLetter d : page.items()) {
            table.addRow().addContent(d.id(), d.peer(), ShellCaller.cut(d.idempotencyKey(), 40),
                    d.field() == null ? "" : d.field(), ShellCaller.cut(d.reason(), 50), d.runId(), d.deadAt(), d.status());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " dead letters; replay one with anjian:exchange-replay <id>");
        return null;
    }
}
