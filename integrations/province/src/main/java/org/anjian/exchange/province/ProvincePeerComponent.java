package org.anjian.exchange.province;

import java.util.List;
import java.util.Optional;
import org.anjian.api.hazard.HazardService;
import org.anjian.exchange.spi.ExchangePeer;
import org.anjian.exchange.spi.ExchangeRecord;
import org.anjian.exchange.spi.InboundPoll;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;
import org.anjian.exchange.spi.Receipt;
import org.anjian.exchange.spi.PeerSettings;
import org.anjian.exchange.spi.RetryPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The province peer in the container, configured by etc/org.anjian.exchange.province.cfg; a changed
 * configuration re-registers the peer (and so its schedules).
 */
@Component(service = ExchangePeer.class, configurationPid = "org.anjian.exchange.province",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ProvinceConfig.class)
public class ProvincePeerComponent implements ExchangePeer {
    private final ProvincePeer peer;

    @Activate
    public ProvincePeerComponent(ProvinceConfig config, @Reference HazardService hazards) {
        ProvinceSettings settings = ProvinceSettings.of(config);
        ProvinceClient client = new ProvinceClient(settings);
        this.peer = new ProvincePeer(settings, client, new FindingsPoll(settings, client, hazards));
    }

    @Override
    public String id() {
        return peer.id();
    }

    @Override
    public String schedule() {
        return peer.schedule();
    }

    @Override
    public int batchSize() {
        return peer.batchSize();
    }

    @Override
    public RetryPolicy retryPolicy() {
        return peer.retryPolicy();
    }

    @Override
    public PeerSettings settings() {
        return peer.settings();
    }

    @Override
    public List<Receipt> deliver(List<ExchangeRecord> records) throws PeerUnavailableException, PeerRefusedException {
        return peer.deliver(records);
    }

    @Override
    public Optional<InboundPoll> inbound() {
        return peer.inbound();
    }
}
