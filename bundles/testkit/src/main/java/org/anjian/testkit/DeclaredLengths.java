package org.anjian.testkit;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import javax.validation.constraints.Size;

/**
 * The declared maximum of every text field of a request type, held to the width of the column that stores it, as
 * the migrated schema says: a declaration wider than its column lets a valid request fail in the database.
 */
public final class DeclaredLengths {
    /** Marks a component that is not stored in a column of its own. */
    public static final String NOT_STORED = "-";

    private DeclaredLengths() {
    }

    /** {@code table.column} (lower case) → its width in characters, for every character column. */
    public static Map<String, Integer> widths(DataSource dataSource) throws SQLException {
        Map<String, Integer> widths = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                int size = rs.getInt("COLUMN_SIZE");
                String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                if (type.contains("CHAR")) {
                    widths.put((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT),
                            size);
                }
            }
        }
        return widths;
    }

    /**
     * What is wrong with the text components of {@code type}: each one with a {@code @Size(max)} (or whose list
     * elements have one) needs a column at least as wide, found as {@code table.snake_case(name)} or as given in
     * {@code columns} ({@code component -> "table.column"}, or {@link #NOT_STORED}).
     */
    public static List<String> problems(Class<? extends Record> type, String table, Map<String, String> columns,
                                        Map<String, Integer> widths) {
        List<String> problems = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Integer max = declaredMax(component);
            if (max == null) {
                continue;
            }
            String column = columns.getOrDefault(component.getName(), table + "." + snake(component.getName()));
            if (column.equals(NOT_STORED)) {
                continue;
            }
            Integer width = widths.get(column.toLowerCase(Locale.ROOT));
            if (width == null) {
                problems.add(type.getSimpleName() + "." + component.getName() + ": no column " + column
                        + " (name it, or mark it NOT_STORED)");
            } else if (max > width) {
                problems.add(type.getSimpleName() + "." + component.getName() + ": declared at most " + max
                        + " characters, but " + column + " holds " + width);
            }
        }
        return problems;
    }

    private static Integer declaredMax(RecordComponent component) {
        Size size = component.getAccessor().getAnnotation(Size.class);
        if (size != null && component.getType() == String.class) {
            return size.max();
        }
        AnnotatedType annotated = component.getAnnotatedType();
        if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length == 1) {
            AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
            Size elementSize = element.getAnnotation(Size.class);
            if (elementSize != null && element.getType() == String.class) {
                return elementSize.max();
            }
        }
        return null;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
