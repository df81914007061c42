package org.anjian.exchange.province;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.exchange.province.contract.Finding;
import org.anjian.exchange.province.contract.FindingsPage;
import org.anjian.exchange.spi.InboundContext;
import org.anjian.exchange.spi.InboundPoll;
import org.anjian.exchange.spi.InboundRecord;
import org.anjian.exchange.spi.PeerRefusedException;
import org.anjian.exchange.spi.PeerUnavailableException;

/**
 * Findings (督导检查 问题) down from the province: page by page from the stored cursor; each finding is kept
 * raw (its XML as received) keyed by finding id, and registered as a hazard with source PROVINCE_FINDING
 * (registration is idempotent on sourceSystem + sourceId). The cursor is stored after the page's findings
 * are committed, so a crash re-reads a page and changes nothing.
 */
public final class FindingsPoll implements InboundPoll {
    static final String NAMESPACE = "urn:anjian:province:exchange:1";
    static final String CATEGORY = "OTHER";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("exchange-province");

    private final ProvinceSettings settings;
    private final ProvinceClient client;
    private final HazardService hazards;
    private final JAXBContext jaxb;

    public FindingsPoll(ProvinceSettings settings, ProvinceClient client, HazardService hazards) {
        this.settings = settings;
        this.client = client;
        this.hazards = hazards;
        try {
            this.jaxb = JAXBContext.newInstance(Finding.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String schedule() {
        return settings.findingsSchedule();
    }

    @Override
    public int poll(InboundContext context) throws PeerUnavailableException, PeerRefusedException {
        String cursor = context.cursor("findings").orElse(null);
        int received = 0;
        while (true) {
            FindingsPage page = client.pullFindings(cursor, settings.findingsPageSize());
            for (Finding f : page.getFinding()) {
                received++;
                InboundRecord record = context.upsert("FINDING", f.getFindingId(), raw(f));
                if (record.hazardId() == null) {
                    register(context, f);
                }
            }
            cursor = page.getNextCursor();
            context.saveCursor("findings", cursor);
            if (!page.isHasMore() || page.getFinding().isEmpty()) {
                return received;
            }
        }
    }

    private void register(InboundContext context, Finding f) {
        try {
            LocalDate issued = f.getIssuedAt() == null ? null
                    : f.getIssuedAt().toGregorianCalendar().toZonedDateTime().withZoneSameInstant(ZONE).toLocalDate();
            HazardGrade grade = "MAJOR".equals(f.getGrade()) ? HazardGrade.MAJOR : HazardGrade.GENERAL;
            Hazard h = hazards.register(SYSTEM, new NewHazard(f.getEnterpriseCreditCode(), null,
                    HazardSource.PROVINCE_FINDING, grade, CATEGORY, f.getDescription(), date(f.getDeadline()),
                    null, null, null, null, ProvincePeer.SOURCE_SYSTEM, f.getFindingId(), issued));
            context.linkHazard(f.getFindingId(), h.id());
        } catch (ValidationException e) {
            context.reject(f.getFindingId(), e.getMessage());
        } catch (NotFoundException | ConflictException e) {
            context.reject(f.getFindingId(), e.getMessage());
        }
    }

    private static LocalDate date(XMLGregorianCalendar c) {
        return c == null ? null : LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }

    /** The finding as the province sent it, as XML. */
    String raw(Finding f) {
        try {
            Marshaller m = jaxb.createMarshaller();
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            StringWriter out = new StringWriter();
            m.marshal(new JAXBElement<>(new QName(NAMESPACE, "finding"), Finding.class, f), out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot serialise finding " + f.getFindingId(), e);
        }
    }
}
