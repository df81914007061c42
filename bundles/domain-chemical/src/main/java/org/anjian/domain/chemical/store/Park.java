package org.anjian.domain.chemical.store;

import java.time.Instant;
import java.util.List;

/** 化工园区 with its member enterprises (credit codes). */
public record Park(String id, String code, String name, String regionCode, String safetyGrade,
                   List<String> members, long version, Instant createdAt, Instant updatedAt) {
    public Park {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public Park withMembers(List<String> newMembers, long newVersion, Instant at) {
        return new Park(id, code, name, regionCode, safetyGrade, newMembers, newVersion, createdAt, at);
    }
}
