package org.anjian.core.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anjian.api.events.Notification;
import org.anjian.api.events.NotificationService.Numbered;
import org.anjian.api.events.NotificationService.Subscription;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.access.IndustryScope;

/**
 * Hands each notification to the subscribers who may see it (the jurisdiction rule of {@link AnjianPrincipal#covers}
 * and a sub-committee officer's industries) and remembers the latest ones for clients that reconnect.
 */
public final class NotificationHub {
    private final IndustryScope industries;
    private final Function<String, Optional<String>> industryOfEnterprise;
    private final int remembered;
    private final Deque<Numbered> recent = new ArrayDeque<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private long next = 1;

    /**
     * @param industryOfEnterprise the industry code of an enterprise by credit code (for notifications that do not
     *                             carry one)
     * @param remembered           how many notifications to keep for reconnecting clients
     */
    public NotificationHub(IndustryScope industries, Function<String, Optional<String>> industryOfEnterprise,
                           int remembered) {
        this.industries = industries;
        this.industryOfEnterprise = industryOfEnterprise;
        this.remembered = remembered;
    }

    /** Numbers, remembers and delivers a notification. */
    public void deliver(Notification n) {
        Notification complete = n.industryCode() == null && n.enterpriseCreditCode() != null
                ? n.withIndustry(industryOfEnterprise.apply(n.enterpriseCreditCode()).orElse(null)) : n;
        Numbered numbered;
        synchronized (recent) {
            numbered = new Numbered(next++, complete);
            recent.addLast(numbered);
            while (recent.size() > remembered) {
                recent.removeFirst();
            }
        }
        for (Subscriber s : subscribers) {
            if (maySee(s.caller, complete)) {
                s.sink.accept(numbered);
            }
        }
    }

    public Subscription subscribe(AnjianPrincipal caller, Long afterId, Consumer<Numbered> sink) {
        Subscriber s = new Subscriber(caller, sink);
        List<Numbered> missed = new ArrayList<>();
        synchronized (recent) {
            if (afterId != null) {
                for (Numbered n : recent) {
                    if (n.id() > afterId && maySee(caller, n.notification())) {
                        missed.add(n);
                    }
                }
            }
            subscribers.add(s);
        }
        missed.forEach(sink);
        return () -> subscribers.remove(s);
    }

    public List<Numbered> recent(AnjianPrincipal caller, int limit) {
        List<Numbered> out = new ArrayList<>();
        synchronized (recent) {
            var it = recent.descendingIterator();
            while (it.hasNext() && out.size() < limit) {
                Numbered n = it.next();
                if (maySee(caller, n.notification())) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    public int subscribers() {
        return subscribers.size();
    }

    private boolean maySee(AnjianPrincipal caller, Notification n) {
        return caller.covers(n.regionCode(), n.gridCode()) && industries.allows(caller, n.industryCode());
    }

    private record Subscriber(AnjianPrincipal caller, Consumer<Numbered> sink) {
    }
}
