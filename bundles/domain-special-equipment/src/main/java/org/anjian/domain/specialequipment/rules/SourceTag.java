package org.anjian.domain.specialequipment.rules;

import org.anjian.api.kit.table.TableRow;

/** The source column of the rule tables: a value must start with its certainty tag [V], [P] or [U]. */
final class SourceTag {
    private SourceTag() {
    }

    static String require(TableRow row, int column, String table) {
        String source = row.get(column);
        if (source.startsWith("[V]") || source.startsWith("[P]") || source.startsWith("[U]")) {
            return source;
        }
        throw row.error(table, "source must start with a tag [V], [P] or [U] but was '" + source + "'");
    }
}
