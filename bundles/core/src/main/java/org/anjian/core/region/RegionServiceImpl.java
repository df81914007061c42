package org.anjian.core.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionCode;
import org.anjian.api.region.RegionLevel;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.access.Access;
import org.anjian.core.audit.AuditLog;
import org.anjian.core.persistence.Transactions;

/** The region tree, persisted; reads are scoped to the caller's jurisdiction. */
public class RegionServiceImpl implements RegionService {
    private final Transactions tx;
    private final Clock clock;
    private final AuditLog audit;

    public RegionServiceImpl(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.audit = new AuditLog(clock);
    }

    @Override
    public List<Region> list(AnjianPrincipal caller) {
        String prefix = caller.jurisdiction();
        return tx.read(em -> em.createQuery(
                        "select r from RegionEntity r where r.code like :p order by r.code", RegionEntity.class)
                .setParameter("p", prefix + "%")
                .getResultStream().map(RegionEntity::toRecord)
                .filter(r -> visible(caller, r)).toList());
    }

    @Override
    public Optional<Region> find(AnjianPrincipal caller, String code) {
        if (code == null || !RegionCode.isValid(code)) {
            return Optional.empty();
        }
        return tx.read(em -> Optional.ofNullable(em.find(RegionEntity.class, code)))
                .map(RegionEntity::toRecord).filter(r -> visible(caller, r));
    }

    @Override
    public List<Region> children(AnjianPrincipal caller, String code) {
        find(caller, code).orElseThrow(() -> new NotFoundException("region", code));
        return tx.read(em -> em.createQuery(
                        "select r from RegionEntity r where r.parentCode = :p order by r.code", RegionEntity.class)
                .setParameter("p", code).getResultStream().map(RegionEntity::toRecord)
                .filter(r -> visible(caller, r)).toList());
    }

    @Override
    public boolean exists(String code) {
        return code != null && tx.read(em -> em.find(RegionEntity.class, code) != null);
    }

    @Override
    public int importTable(AnjianPrincipal caller, String tableVersion, List<Region> rows) {
        Access.requireAdmin(caller);
        if (tableVersion == null || tableVersion.isBlank() || tableVersion.length() > 32) {
            throw new ValidationException("tableVersion", "is required (at most 32 characters)");
        }
        validate(rows);
        return tx.write(work -> {
            var em = work.em();
            if (em.find(RegionTableVersionEntity.class, tableVersion) != null) {
                return 0;
            }
            int changed = 0;
            for (Region row : rows) {
                RegionEntity existing = em.find(RegionEntity.class, row.code());
                if (existing == null) {
                    em.persist(new RegionEntity(row, tableVersion));
                    changed++;
                } else if (existing.apply(row, tableVersion)) {
                    changed++;
                }
                em.flush();
            }
            em.persist(new RegionTableVersionEntity(tableVersion, rows.size(), clock.instant(), caller.userId()));
            audit.record(em, caller.userId(), "REGION_TABLE_IMPORT", "regionTable", tableVersion, null,
                    Map.of("rows", rows.size(), "changed", changed));
            return changed;
        });
    }

    @Override
    public List<String> tableVersions() {
        return tx.read(em -> em.createQuery(
                "select v.version from RegionTableVersionEntity v order by v.appliedAt", String.class)
                .getResultList());
    }

    @Override
    public List<org.anjian.api.region.RegionShape> townshipShapes(AnjianPrincipal caller) {
        List<Region> townships = list(caller).stream().filter(r -> r.level() == RegionLevel.TOWNSHIP).toList();
        if (townships.isEmpty() && caller.jurisdiction().length() > 9) {
            // a village officer or grid member: the outline of their own township
            townships = tx.read(em -> Optional.ofNullable(em.find(RegionEntity.class,
                    caller.jurisdiction().substring(0, 9) + "000")).map(RegionEntity::toRecord).stream().toList());
        }
        List<Region> wanted = townships;
        return tx.read(em -> wanted.stream()
                .map(t -> Optional.ofNullable(em.find(RegionGeometryEntity.class, t.code()))
                        .map(g -> new org.anjian.api.region.RegionShape(t.code(), t.name(), t.level(), g.getGeometry())))
                .flatMap(Optional::stream).toList());
    }

    @Override
    public int importShapes(AnjianPrincipal caller, Map<String, String> geometryByCode) {
        Access.requireAdmin(caller);
        if (geometryByCode == null || geometryByCode.isEmpty()) {
            throw new ValidationException("shapes", "must name at least one region");
        }
        Map<String, String> checked = new java.util.TreeMap<>();
        geometryByCode.forEach((code, geometry) -> {
            RegionCode.requireValid("shapes." + code, code);
            if (!exists(code)) {
                throw new ValidationException("shapes." + code, "is not a known region");
            }
            checked.put(code, GeoJsonGeometry.check("shapes." + code, geometry));
        });
        return tx.write(work -> {
            var em = work.em();
            for (Map.Entry<String, String> e : checked.entrySet()) {
                RegionGeometryEntity existing = em.find(RegionGeometryEntity.class, e.getKey());
                if (existing == null) {
                    em.persist(new RegionGeometryEntity(e.getKey(), e.getValue()));
                } else {
                    existing.setGeometry(e.getValue());
                }
            }
            audit.record(em, caller.userId(), "REGION_SHAPES_IMPORT", "regionShapes", String.join(",", checked.keySet()),
                    null, checked);
            return checked.size();
        });
    }

    /** Every row valid, levels consistent with codes, parents known before children. */
    private void validate(List<Region> rows) {
        Map<String, RegionLevel> seen = new HashMap<>();
        List<String> missingParents = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Region r = rows.get(i);
            String field = "rows[" + i + "]";
            RegionCode.requireValid(field + ".code", r.code());
            if (r.name() == null || r.name().isBlank() || r.name().length() > 100) {
                throw new ValidationException(field + ".name", "is required (at most 100 characters)");
            }
            RegionLevel level = RegionCode.level(r.code());
            if (r.level() != level) {
                throw new ValidationException(field + ".level", "code " + r.code() + " is a " + level);
            }
            Optional<String> parent = RegionCode.parent(r.code());
            if (!java.util.Objects.equals(parent.orElse(null), r.parentCode())) {
                throw new ValidationException(field + ".parentCode", "must be " + parent.orElse("empty"));
            }
            if (parent.isPresent() && !seen.containsKey(parent.get()) && !exists(parent.get())) {
                missingParents.add(r.code());
            }
            seen.put(r.code(), level);
        }
        if (!missingParents.isEmpty()) {
            throw new ValidationException("rows", "parents unknown or listed after their children: " + missingParents);
        }
    }

    /** A region is visible when it lies inside the caller's jurisdiction. */
    private static boolean visible(AnjianPrincipal caller, Region r) {
        return caller.covers(r.code());
    }
}
