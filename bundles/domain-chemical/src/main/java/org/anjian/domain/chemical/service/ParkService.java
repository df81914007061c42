package org.anjian.domain.chemical.service;

import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Activate;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.chemical.store.Park;
import org.anjian.domain.chemical.store.ParkRepository;

/** 化工园区: register parks (safety grade A–D) and set their member enterprises. */
@Component(service = ParkService.class)
public final class ParkService {
    static final Set<String> GRADES = Set.of("A", "B", "C", "D");
    static final int MAX_MEMBERS = 1000;

    /** Body of {@code POST /parks}. */
    public record NewPark(@NotBlank @Size(min = 1, max = 64) String code,
                          @NotBlank @Size(min = 1, max = 200) String name,
                          @NotNull @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code")
                          String regionCode,
                          @NotNull @Pattern(regexp = "[ABCD]", message = "must be A, B, C or D") String safetyGrade,
                          @Size(max = MAX_MEMBERS) List<@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String> members) {
    }

    /** Body of {@code PUT /parks/{id}/members}. */
    public record Members(@NotNull @Size(max = MAX_MEMBERS) List<@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String> members) {
    }

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private final ParkRepository parks = new ParkRepository();

    @Activate
    public ParkService(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase db, @Reference EnterpriseService enterprises,
                  @Reference CountyClock clock) {
        this(db, enterprises, clock.clock());
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static ParkService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        return new ParkService(db, enterprises, clock);
    }

    private ParkService(ModuleDatabase db, EnterpriseService enterprises, Clock clock) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public Park create(AnjianPrincipal caller, NewPark request) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(request);
        String code = Fields.required("code", request.code(), 64);
        String name = Fields.required("name", request.name(), 200);
        String region = Fields.required("regionCode", request.regionCode(), 15);
        RegionCode.requireValid("regionCode", region);
        if (!caller.covers(region)) {
            throw new ValidationException("regionCode", "outside the caller's jurisdiction");
        }
        String grade = grade(request.safetyGrade());
        List<String> members = members(caller, request.members());
        Instant now = clock.instant();
        Park park = new Park(Jdbc.newId(), code, name, region, grade, members, 1, now, now);
        return db.write(s -> {
            if (parks.codeExists(s.connection(), code)) {
                throw new ConflictException("duplicate", "code", "a chemical park with code " + code + " exists");
            }
            parks.insert(s.connection(), park);
            s.outbox(Records.PARK, park.id(), park.version(), "created", park.regionCode(), park);
            s.audit(caller.userId(), "create", Records.PARK, park.id(), null, park);
            return park;
        });
    }

    public Park find(AnjianPrincipal caller, String id) {
        return db.read(s -> parks.find(s.connection(), id))
                .filter(p -> caller.covers(p.regionCode()))
                .orElseThrow(() -> new NotFoundException("chemicalPark", id));
    }

    public Page<Park> search(AnjianPrincipal caller, PageRequest page) {
        // a park belongs to a region, not to an enterprise: the jurisdiction's region prefix in SQL
        return db.read(s -> parks.search(s.connection(), caller.jurisdiction(), page));
    }

    public Park replaceMembers(AnjianPrincipal caller, String id, Members request) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(request);
        if (request.members() == null) {
            throw new ValidationException("members", "is required (a list of credit codes, may be empty)");
        }
        List<String> members = members(caller, request.members());
        return db.write(s -> {
            Park before = parks.findForUpdate(s.connection(), id)
                    .filter(p -> caller.covers(p.regionCode()))
                    .orElseThrow(() -> new NotFoundException("chemicalPark", id));
            Park after = before.withMembers(members, before.version() + 1, clock.instant());
            parks.replaceMembers(s.connection(), after);
            s.outbox(Records.PARK, after.id(), after.version(), "membersChanged", after.regionCode(), after);
            s.audit(caller.userId(), "replaceMembers", Records.PARK, after.id(), before, after);
            return after;
        });
    }

    private List<String> members(AnjianPrincipal caller, List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > MAX_MEMBERS) {
            throw new ValidationException("members", "at most " + MAX_MEMBERS + " enterprises");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "members[" + i + "]";
            String code = Callers.visibleEnterprise(enterprises, caller, field, codes.get(i)).creditCode();
            if (!out.add(code)) {
                throw new ValidationException(field, "duplicate enterprise " + code);
            }
        }
        return new ArrayList<>(out);
    }

    private static String grade(String value) {
        String g = Fields.required("safetyGrade", value, 8);
        if (!GRADES.contains(g)) {
            throw new ValidationException("safetyGrade", "must be A, B, C or D");
        }
        return g;
    }
}
