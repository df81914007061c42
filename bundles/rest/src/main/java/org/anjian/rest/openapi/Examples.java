package org.anjian.rest.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * Examples of the platform's common fields for the OpenAPI documents, by property or parameter name, taken from
 * the demo county 示范县 (a client trying the API, or a contract fuzzer, starts from real values).
 */
final class Examples {
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("creditCode", "91330999MA4YPG4G19"),
            Map.entry("enterpriseCreditCode", "91330999MA4YPG4G19"),
            Map.entry("enterprise", "91330999MA4YPG4G19"),
            Map.entry("regionCode", "330999104003"),
            Map.entry("gridCode", "330999104003002"),
            Map.entry("regionPrefix", "330999001"),
            Map.entry("code", "330999001000"),
            Map.entry("industryCode", "2614"),
            Map.entry("name", "示范县明城农化有限公司"),
            Map.entry("address", "浙江省示范县城关街道文昌路1号"),
            Map.entry("phone", "13905801234"),
            Map.entry("deadline", "2026-12-31"),
            Map.entry("category", "FIRE"),
            Map.entry("description", "灭火器压力不足"),
            Map.entry("assignee", "城关街道办事处"),
            Map.entry("evidence", "已更换灭火器并张贴检查卡"),
            Map.entry("reason", "照片不清晰"),
            Map.entry("note", "复查合格"),
            Map.entry("peer", "province"),
            Map.entry("module", "chemical"));

    private Examples() {
    }

    @SuppressWarnings("rawtypes")
    static Object of(String name, Schema schema) {
        Object example = BY_NAME.get(name);
        if (example == null || schema == null) {
            return null;
        }
        String type = schema.getType();
        return type == null || "string".equals(type) ? example : null;
    }
}
