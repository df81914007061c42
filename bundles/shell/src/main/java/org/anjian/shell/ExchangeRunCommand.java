package org.anjian.shell;

import org.anjian.api.exchange.ExchangeBacklog;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "anjian", name = "exchange-run",
        description = "Runs the exchange with a peer now (what it sends down first, then the outbox backlog)")
@Service
public class ExchangeRunCommand implements Action {
    @Reference
    private ExchangeService exchange;

    @Argument(index = 0, name = "peer", required = true, description = "The peer, e.g. province")
    private String peer;

    @Override
    public Object execute() {
        ExchangeRun r = exchange.runNow(ShellCaller.get(), peer);
        ExchangeBacklog b = exchange.backlog(ShellCaller.get(), peer);
        System.out.printf("run %d with %s: %s, sent %d, acknowledged %d, dead %d, skipped %d, pending %d%n", r.id(),
                r.peer(), r.status(), r.sent(), r.acknowledged(), r.dead(), r.skipped(), r.failed());
        if (r.error() != null) {
            System.out.println("  " + r.error());
        }
        System.out.printf("backlog now: %d pending, %d open dead letters%n", b.pending(), b.deadLetters());
        return null;
    }
}
