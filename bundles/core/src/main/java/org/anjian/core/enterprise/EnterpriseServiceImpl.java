package org.anjian.core.enterprise;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.access.Access;
import org.anjian.core.access.IndustryScope;
import java.util.List;
import org.anjian.core.audit.AuditLog;
import org.anjian.core.outbox.Outbox;
import org.anjian.core.persistence.Transactions;
import org.anjian.core.query.JpqlFilter;

/** 一企一档: the enterprise registry with validation, jurisdiction scoping, audit and outbox. */
public class EnterpriseServiceImpl implements EnterpriseService {
    static final String RECORD_TYPE = "enterprise";

    private final Transactions tx;
    private final Clock clock;
    private final EnterpriseValidator validator;
    private final AuditLog audit;
    private final Outbox outbox;
    private final IndustryScope industries;

    public EnterpriseServiceImpl(Transactions tx, Clock clock, RegionService regions) {
        this(tx, clock, regions, IndustryScope.UNRESTRICTED);
    }

    public EnterpriseServiceImpl(Transactions tx, Clock clock, RegionService regions, IndustryScope industries) {
        this.industries = industries;
        this.tx = tx;
        this.clock = clock;
        this.validator = new EnterpriseValidator(regions);
        this.audit = new AuditLog(clock);
        this.outbox = new Outbox(clock);
    }

    @Override
    public Enterprise create(AnjianPrincipal caller, Enterprise e) {
        Access.requireWriter(caller);
        validator.validate(e);
        Access.requireWithin(caller, e.regionCode(), e.gridCode());
        requireIndustry(caller, e.industryCode());
        return tx.write(work -> {
            EntityManager em = work.em();
            if (em.find(EnterpriseEntity.class, e.creditCode()) != null) {
                throw new ConflictException("DUPLICATE", "creditCode",
                        "an enterprise with credit code " + e.creditCode() + " is already registered");
            }
            Instant now = clock.instant();
            EnterpriseEntity entity = new EnterpriseEntity(e.creditCode(), now);
            entity.apply(e, now);
            em.persist(entity);
            em.flush();
            Enterprise saved = entity.toRecord();
            audit.record(em, caller.userId(), "ENTERPRISE_CREATE", RECORD_TYPE, saved.creditCode(), null, saved);
            outbox.append(em, RECORD_TYPE, saved.creditCode(), saved.version(), "ENTERPRISE_CREATED",
                    saved.regionCode(), saved);
            return saved;
        });
    }

    @Override
    public Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise e) {
        Access.requireWriter(caller);
        if (e != null && e.creditCode() != null && !e.creditCode().equals(creditCode)) {
            throw new ValidationException("creditCode", "does not match the path (" + creditCode + ")");
        }
        Enterprise wanted = e == null ? null : withCreditCode(e, creditCode);
        validator.validate(wanted);
        return tx.write(work -> {
            EntityManager em = work.em();
            EnterpriseEntity entity = em.find(EnterpriseEntity.class, creditCode);
            if (entity == null || !visible(caller, entity)) {
                throw new NotFoundException("enterprise", creditCode);
            }
            Access.requireWithin(caller, wanted.regionCode(), wanted.gridCode());
            requireIndustry(caller, wanted.industryCode());
            if (wanted.version() != null && wanted.version() != entity.getVersion()) {
                throw new ConflictException("STALE_VERSION", "version", "the record was changed by someone else "
                        + "(version " + entity.getVersion() + ", you sent " + wanted.version() + ")");
            }
            Enterprise before = entity.toRecord();
            if (sameContent(before, wanted)) {
                return before;
            }
            entity.apply(wanted, clock.instant());
            em.flush();
            Enterprise after = entity.toRecord();
            audit.record(em, caller.userId(), "ENTERPRISE_UPDATE", RECORD_TYPE, creditCode, before, after);
            outbox.append(em, RECORD_TYPE, creditCode, after.version(), "ENTERPRISE_UPDATED", after.regionCode(),
                    after);
            return after;
        });
    }

    @Override
    public Optional<Enterprise> find(AnjianPrincipal caller, String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        return tx.read(em -> Optional.ofNullable(em.find(EnterpriseEntity.class, creditCode))
                .filter(en -> visible(caller, en))
                .map(EnterpriseEntity::toRecord));
    }

    @Override
    public Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery q) {
        JpqlFilter filter = org.anjian.core.access.Scopes.enterprises(caller, industries, q.regionPrefix());
        if (q.riskColour() != null) {
            filter.where("e.riskColour = :colour", "colour", q.riskColour());
        }
        if (q.industryCode() != null && !q.industryCode().isBlank()) {
            filter.where("e.industryCode like :industry escape '!'", "industry",
                    JpqlFilter.startingWith(q.industryCode().strip()));
        }
        if (q.nameContains() != null && !q.nameContains().isBlank()) {
            String term = q.nameContains().strip();
            // the enterprises that have the term's bigrams (index lookups), then the whole term on those alone
            List<String> grams = NameGrams.lookups(term);
            for (int i = 0; i < grams.size(); i++) {
                filter.where("e.creditCode in (select g.creditCode from NameGramEntity g where g.gram = :gram" + i + ")",
                        "gram" + i, grams.get(i));
            }
            if (term.codePointCount(0, term.length()) != 2) {
                // a name contains a two-character term exactly when it has that bigram: LIKE only for other lengths
                filter.where("e.name like :name escape '!'", "name", JpqlFilter.containing(term));
            }
        }
        return tx.read(em -> filter.page(em, EnterpriseEntity.class, BY_CREDIT_CODE, q.page(),
                EnterpriseEntity::toRecord));
    }

    /** In credit-code order; {@code after} is the credit code of the last enterprise of the previous page. */
    private static final JpqlFilter.Keyset<EnterpriseEntity> BY_CREDIT_CODE = new JpqlFilter.Keyset<>("e.creditCode",
            false, EnterpriseEntity::getCreditCode, after -> {
                if (!after.matches("[0-9A-Z]{18}")) {
                    throw new ValidationException("after", "must be a credit code (the next of the previous page)");
                }
                return after;
            });

    /**
     * The caller's enterprises as one SQL condition over the platform's enterprise table (the same rule as
     * {@link #visible}: region or grid, and a sub-committee officer's industries), for the rows of modules.
     */
    @Override
    public org.anjian.api.enterprise.EnterpriseScope scope(AnjianPrincipal caller) {
        String jurisdiction = caller.jurisdiction();
        java.util.Optional<List<String>> prefixes = industries.prefixes(caller);
        if (jurisdiction.isEmpty() && prefixes.isEmpty()) {
            return org.anjian.api.enterprise.EnterpriseScope.ALL;
        }
        if (prefixes.isPresent() && prefixes.get().isEmpty()) {
            return column -> org.anjian.api.common.SqlCondition.FALSE;
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new java.util.ArrayList<>();
        if (!jurisdiction.isEmpty()) {
            // the same rule as Scopes (PrefixRange): index-friendly under any collation
            String column = caller.isGridJurisdiction() ? "e.grid_code" : "e.region_code";
            java.util.Optional<org.anjian.core.query.PrefixRange> range = org.anjian.core.query.PrefixRange.ofDigits(jurisdiction);
            if (range.isPresent()) {
                where.append(column).append(" >= ?");
                params.add(range.get().low());
                if (range.get().high() != null) {
                    where.append(" AND ").append(column).append(" < ?");
                    params.add(range.get().high());
                }
            } else {
                where.append(column).append(" LIKE ? ESCAPE '!'");
                params.add(JpqlFilter.startingWith(jurisdiction));
            }
        }
        if (prefixes.isPresent()) {
            where.append(where.length() == 0 ? "" : " AND ").append('(');
            for (int i = 0; i < prefixes.get().size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("e.industry_code LIKE ? ESCAPE '!'");
                params.add(JpqlFilter.startingWith(prefixes.get().get(i)));
            }
            where.append(')');
        }
        String condition = where.toString();
        List<Object> bound = List.copyOf(params);
        return column -> new org.anjian.api.common.SqlCondition(column
                + " IN (SELECT e.credit_code FROM enterprise e WHERE " + condition + ")", bound);
    }

    /** Inside the caller's region (or grid) and, for a sub-committee officer, inside their domain's industries. */
    private boolean visible(AnjianPrincipal caller, EnterpriseEntity e) {
        return caller.covers(e.getRegionCode(), e.getGridCode()) && industries.allows(caller, e.getIndustryCode());
    }

    private void requireIndustry(AnjianPrincipal caller, String industryCode) {
        if (!industries.allows(caller, industryCode)) {
            throw new org.anjian.api.common.ForbiddenException("industry " + industryCode
                    + " is outside the domain of " + caller.userId());
        }
    }

    /** True when applying {@code wanted} would change nothing (an update that repeats the stored record). */
    private static boolean sameContent(Enterprise stored, Enterprise wanted) {
        Enterprise normalised = new Enterprise(stored.creditCode(), wanted.name().strip(), wanted.industryCode(),
                wanted.address().strip(), wanted.regionCode(), wanted.gridCode(), wanted.supervisingDepartments(),
                wanted.riskColour(), wanted.assessment(), wanted.standardizationGrade(), wanted.guarantors(),
                stored.version());
        return normalised.equals(stored);
    }

    private static Enterprise withCreditCode(Enterprise e, String creditCode) {
        return new Enterprise(creditCode, e.name(), e.industryCode(), e.address(), e.regionCode(), e.gridCode(),
                e.supervisingDepartments(), e.riskColour(), e.assessment(), e.standardizationGrade(), e.guarantors(),
                e.version());
    }
}
