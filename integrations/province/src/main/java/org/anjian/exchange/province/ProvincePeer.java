package org.anjian.exchange.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anjian.exchange.province.contract.FeedbackStatus;
import org.anjian.exchange.province.contract.RecordResult;
import org.anjian.exchange.province.contract.UploadReceipt;
import org.anjian.exchange.province.contract.ValidationFault;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.InboundPoll;
import org.anjian.exchange.spi.Outcome;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.anjian.exchange.spi.Receipt;
import org.anjian.exchange.spi.PeerSettings;
import org.anjian.exchange.spi.RetryPolicy;

/**
 * The provincial 除险保安 platform as an exchange peer: each batch is one UploadBatch call; each record's
 * receipt is the province's; a hazard that came down as a province finding also posts the finding's
 * feedback (RECTIFYING, CLOSED) once the upload is acknowledged.
 */
public final class ProvincePeer implements ExchangePeer {
    public static final String ID = "province";
    /** The sourceSystem of hazards registered from province findings. */
    public static final String SOURCE_SYSTEM = ID;

    private final ProvinceSettings settings;
    private final ProvinceClient client;
    private final FindingsPoll findings;

    public ProvincePeer(ProvinceSettings settings, ProvinceClient client, FindingsPoll findings) {
        this.settings = settings;
        this.client = client;
        this.findings = findings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String schedule() {
        return settings.schedule();
    }

    @Override
    public int batchSize() {
        return settings.batchSize();
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }

    /** The engine's settings, with the configured SOAP timeouts. */
    @Override
    public PeerSettings settings() {
        return new PeerSettings(settings.schedule(), settings.batchSize(), settings.retry(), settings.connectTimeout(),
                settings.receiveTimeout());
    }

    @Override
    public Optional<InboundPoll> inbound() {
        return Optional.ofNullable(findings);
    }

    @Override
    public List<Receipt> deliver(List<ExchangeRecord> records) throws PeerUnavailableException, PeerRefusedException {
        Receipt[] receipts = new Receipt[records.size()];
        List<org.anjian.exchange.province.contract.ExchangeRecord> wire = new ArrayList<>();
        Map<String, Integer> positionByWireKey = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ExchangeRecord r = records.get(i);
            if (!ProvinceMapper.receives(r)) {
                receipts[i] = Receipt.of(r.idempotencyKey(), Outcome.SKIPPED);
                continue;
            }
            try {
                var mapped = ProvinceMapper.map(r);
                positionByWireKey.put(mapped.getIdempotencyKey(), i);
                wire.add(mapped);
            } catch (ProvinceMapper.Unmappable e) {
                receipts[i] = Receipt.rejected(r.idempotencyKey(), "not sendable to the province: " + e.getMessage(),
                        e.field());
            }
        }
        if (!wire.isEmpty()) {
            UploadReceipt receipt = client.upload(batchId(records), wire);
            for (RecordResult result : receipt.getResult()) {
                Integer i = positionByWireKey.get(result.getIdempotencyKey());
                if (i == null) {
                    continue;
                }
                String key = records.get(i).idempotencyKey();
                receipts[i] = switch (result.getStatus()) {
                    case ACCEPTED -> Receipt.of(key, Outcome.ACCEPTED);
                    case DUPLICATE -> Receipt.of(key, Outcome.DUPLICATE);
                    case REJECTED -> Receipt.rejected(key, "province: " + result.getReason(), result.getField());
                };
            }
        }
        for (int i = 0; i < receipts.length; i++) {
            if (receipts[i] == null) {
                throw new PeerUnavailableException("the province's receipt lacks record "
                        + records.get(i).idempotencyKey(), null);
            }
            if (receipts[i].outcome().acknowledged()) {
                receipts[i] = feedback(records.get(i), receipts[i]);
            }
        }
        return List.of(receipts);
    }

    /** Posts the finding's feedback for a hazard that came from a province finding and moved on. */
    private Receipt feedback(ExchangeRecord r, Receipt uploaded) throws PeerUnavailableException, PeerRefusedException {
        Map<String, Object> f = r.fields();
        if (!"hazard".equals(r.source().recordType()) || !SOURCE_SYSTEM.equals(f.get("sourceSystem"))
                || f.get("sourceId") == null) {
            return uploaded;
        }
        String status = String.valueOf(f.get("status"));
        FeedbackStatus feedback = switch (status) {
            case "RECTIFYING", "SUBMITTED" -> FeedbackStatus.RECTIFYING;
            case "CLOSED" -> FeedbackStatus.CLOSED;
            default -> null;
        };
        if (feedback == null) {
            return uploaded;
        }
        LocalDate closedOn = null;
        if (feedback == FeedbackStatus.CLOSED) {
            Object closedAt = f.get("closedAt");
            closedOn = closedAt == null ? LocalDate.now() : LocalDate.parse(String.valueOf(closedAt).substring(0, 10));
        }
        Object evidence = f.get("evidence");
        try {
            client.postFeedback(String.valueOf(f.get("sourceId")), feedback, closedOn,
                    evidence == null ? null : String.valueOf(evidence));
            return uploaded;
        } catch (ValidationFault e) {
            var d = e.getFaultInfo();
            return Receipt.rejected(r.idempotencyKey(), "province refused the feedback: "
                    + (d == null ? e.getMessage() : d.getCode() + ": " + d.getMessage()), d == null ? null : d.getField());
        }
    }

    /** A batch id that is the same when the same batch is sent again (the province logs it). */
    private static String batchId(List<ExchangeRecord> records) {
        String first = records.get(0).idempotencyKey();
        String last = records.get(records.size() - 1).idempotencyKey();
        return UUID.nameUUIDFromBytes((first + "|" + last + "|" + records.size()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
