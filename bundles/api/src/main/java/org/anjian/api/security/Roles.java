package org.anjian.api.security;

import java.util.Set;

/** The roles of the people who use Anjian (names shared with the identity provider). */
public final class Roles {
    /** 应急管理局 administrator: everything inside the jurisdiction. */
    public static final String ADMIN = "bureau-admin";
    /** 专委办 officer of one domain sub-committee. */
    public static final String SUBCOMMITTEE = "subcommittee-officer";
    /** 乡镇(街道) officer. */
    public static final String TOWNSHIP = "township-officer";
    /** 网格员. */
    public static final String GRID = "grid-member";
    /** 保险机构 (安责险). */
    public static final String INSURER = "insurer";
    /** 企业 user. */
    public static final String ENTERPRISE = "enterprise-user";
    /** 领导: reads only. */
    public static final String LEADER = "leader";
    /** The platform acting on its own behalf. */
    public static final String SYSTEM = "system";

    /** Roles that may change records (within their jurisdiction). */
    public static final Set<String> WRITERS = Set.of(ADMIN, SUBCOMMITTEE, TOWNSHIP, GRID, SYSTEM);

    private Roles() {
    }
}
