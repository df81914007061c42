package org.anjian.shell;

import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "anjian", name = "exchange-replay", description = "Queues a dead letter again for the next run")
@Service
public class ExchangeReplayCommand implements Action {
    @Reference
    private ExchangeService exchange;

    @Argument(index = 0, name = "id", required = true, description = "Dead letter id")
    private long id;

    @Override
    public Object execute() {
        DeadLetter d = exchange.replay(ShellCaller.get(), id);
        System.out.printf("dead letter %d (%s) queued again for %s; it goes out with the next run%n", d.id(),
                d.idempotencyKey(), d.peer());
        return null;
    }
}
