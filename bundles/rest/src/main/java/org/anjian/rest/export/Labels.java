package org.anjian.rest.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese labels of the platform's codes, one dictionary for the exports and the console
 * ({@code GET /dictionaries}).
 */
public final class Labels {
    private static final Map<String, Map<String, String>> ALL = new LinkedHashMap<>();

    static {
        put("riskColour", "RED", "红色（重大风险）", "ORANGE", "橙色（较大风险）", "YELLOW", "黄色（一般风险）",
                "BLUE", "蓝色（低风险）");
        put("hazardStatus", "REGISTERED", "已登记", "ASSIGNED", "已交办", "RECTIFYING", "整改中",
                "SUBMITTED", "待复查", "CLOSED", "已销号");
        put("hazardGrade", "GENERAL", "一般隐患", "MAJOR", "重大隐患");
        put("hazardSource", "SELF_INSPECTION", "企业自查", "ENFORCEMENT", "执法检查", "UNANNOUNCED_VISIT", "四不两直暗查暗访",
                "TIP", "群众举报", "GRID_REPORT", "网格员上报", "PROVINCE_FINDING", "省平台下发", "INSURER_SERVICE", "安责险服务",
                "MONITORING_ALARM", "监测预警");
        put("supervision", "NONE", "未督办", "SUPERVISED", "督办", "LISTED", "挂牌督办");
        put("hazardAction", "ASSIGN", "交办", "START", "开始整改", "SUBMIT", "提交复查", "ACCEPT", "复查通过（销号）",
                "REJECT", "复查不通过", "REGISTER", "登记", "SUPERVISE", "督办", "LIST", "挂牌督办");
        put("assessment", "GOOD", "好", "FAIR", "中", "POOR", "差");
        put("standardizationGrade", "LEVEL1", "一级", "LEVEL2", "二级", "LEVEL3", "三级", "NONE", "未达标");
        put("regionLevel", "COUNTY", "县（市、区）", "TOWNSHIP", "乡镇（街道）", "VILLAGE", "村（社区）", "GRID", "网格");
        put("role", "bureau-admin", "应急管理局管理员", "subcommittee-officer", "专委办人员", "township-officer", "乡镇（街道）人员",
                "grid-member", "网格员", "insurer", "保险机构", "enterprise-user", "企业用户", "leader", "领导");
    }

    private Labels() {
    }

    private static void put(String dictionary, String... codesAndLabels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            m.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        ALL.put(dictionary, java.util.Collections.unmodifiableMap(m));
    }

    /** Every dictionary: name → code → label. */
    public static Map<String, Map<String, String>> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }

    /** The label of a code, or the code itself when the dictionary does not know it (null for null). */
    public static String of(String dictionary, Object code) {
        if (code == null) {
            return null;
        }
        String c = code instanceof Enum<?> e ? e.name() : code.toString();
        return ALL.getOrDefault(dictionary, Map.of()).getOrDefault(c, c);
    }
}
