package org.anjian.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.exchange.record.CanonicalRecord;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.anjian.api.spi.ExchangeRecordContributor;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.OutboxRecord;

/**
 * Turns outbox rows into exchange records: the platform's own rows as they are, a module's rows through
 * that module's {@link ExchangeRecordContributor} (its canonical record, or else its first-SPI fields for the peer). A module that is not installed (uninstalled for an
 * upgrade, say) leaves its rows in the backlog rather than skipping them.
 */
public final class RecordMapper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final List<ExchangeRecordContributor> contributors = new CopyOnWriteArrayList<>();
    private final Predicate<String> moduleInstalled;

    /** @param moduleInstalled whether a module is installed now (its rows wait in the backlog while it is not) */
    public RecordMapper(Predicate<String> moduleInstalled) {
        this.moduleInstalled = moduleInstalled;
    }

    public void add(ExchangeRecordContributor c) {
        contributors.add(c);
    }

    public void remove(ExchangeRecordContributor c) {
        contributors.remove(c);
    }

    /** The result of mapping one row for one peer. */
    public sealed interface Mapped permits Ready, Skip, Wait, Invalid { }

    public record Ready(ExchangeRecord record) implements Mapped { }

    /** The module maps the row to nothing for this peer. */
    public record Skip() implements Mapped { }

    /** The module that wrote the row is not installed. */
    public record Wait(String moduleId) implements Mapped { }

    /** The row cannot be read (its payload is not a JSON object, the contributor failed). */
    public record Invalid(String reason) implements Mapped { }

    public Mapped map(String peer, OutboxRecord row) {
        Map<String, Object> payload;
        try {
            payload = JSON.readValue(row.payload(), MAP);
        } catch (Exception e) {
            return new Invalid("payload is not a JSON object: " + e.getMessage());
        }
        if (payload == null) {
            return new Invalid("payload is empty");
        }
        String module = row.moduleId();
        if (module == null) {
            return new Ready(new ExchangeRecord(row, payload));
        }
        Optional<ExchangeRecordContributor> contributor = contributors.stream()
                .filter(c -> module.equals(c.moduleId()) && c.recordTypes().contains(row.localType()))
                .findFirst();
        if (contributor.isEmpty()) {
            boolean present = moduleInstalled.test(module)
                    || contributors.stream().anyMatch(c -> module.equals(c.moduleId()));
            return present ? new Skip() : new Wait(module);
        }
        try {
            Optional<CanonicalRecord> canonical = contributor.get().toCanonical(row.localType(), payload);
            if (canonical != null && canonical.isPresent()) {
                return new Ready(ExchangeRecord.canonical(row, canonical.get()));
            }
            @SuppressWarnings("deprecation")
            Map<String, Object> fields = contributor.get().toExchangeRecord(peer, row.localType(), payload);
            return fields == null || fields.isEmpty() ? new Skip() : new Ready(new ExchangeRecord(row, fields));
        } catch (RuntimeException e) {
            return new Invalid("module " + module + " could not map the record: " + e.getMessage());
        }
    }
}
