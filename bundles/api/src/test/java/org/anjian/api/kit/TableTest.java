package org.anjian.api.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.anjian.api.kit.table.Table;
import org.anjian.api.kit.table.TableRow;
import org.junit.jupiter.api.Test;

class TableTest {
    private static final List<String> HEADER = List.of("code", "name", "note");

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedFieldsAcrossLinesCommentsAndBlankLinesWithTheirLineNumbers() {
        String text = "\uFEFFcode,name,note\r\n"
                + "# a comment line\n"
                + "\n"
                + "1, 液氯 ,\"a \"\"quoted\"\" note, with a comma\"\n"
                + "2,甲醇,\"two\nlines\"\n"
                + "3,\" kept \",\n";
        List<TableRow> rows = Table.csv().read(utf8(text), "t.csv", HEADER);
        assertThat(rows).extracting(TableRow::line).containsExactly(4, 5, 7);
        assertThat(rows.get(0).fields()).containsExactly("1", "液氯", "a \"quoted\" note, with a comma");
        assertThat(rows.get(1).get(2)).isEqualTo("two\nlines");
        assertThat(rows.get(2).fields()).containsExactly("3", " kept ", "");
    }

    @Test
    void tabSeparatedTablesKeepCommas() {
        List<TableRow> rows = Table.tsv().read(utf8("code\tname\tnote\nA,B\t名\t\n"), "t.tsv", HEADER);
        assertThat(rows.get(0).fields()).containsExactly("A,B", "名", "");
    }

    @Test
    void readsFromAReaderToo() {
        assertThat(Table.csv().read(new StringReader("code,name,note\n1,2,3"), "r", HEADER).get(0).fields())
                .containsExactly("1", "2", "3");
    }

    @Test
    void mapsRowsByTheHeaderNames() {
        List<Map<String, String>> maps = Table.csv().readMaps(utf8("a,b\n1,2\n3,\"4\"\n"), "m.csv");
        assertThat(maps).containsExactly(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "4"));
        assertThat(maps.get(0).keySet()).containsExactly("a", "b");
    }

    @Test
    void errorsNameTheTableAndTheLine() {
        assertThatThrownBy(() -> Table.csv().read(utf8("code,name\n"), "t.csv", HEADER))
                .hasMessage("t.csv line 1: the header must be code,name,note but was code,name");
        assertThatThrownBy(() -> Table.csv().read(utf8("code,name,note\n1,2\n"), "t.csv", HEADER))
                .hasMessage("t.csv line 2: expected 3 fields but found 2");
        assertThatThrownBy(() -> Table.csv().read(utf8("code,name,note\n1,\"2,3\n"), "t.csv", HEADER))
                .hasMessage("t.csv line 2: unterminated quoted field");
        assertThatThrownBy(() -> Table.csv().read(utf8("code,name,note\n1,a\"b\",3\n"), "t.csv", HEADER))
                .hasMessage("t.csv line 2: a quote may only open a field");
        assertThatThrownBy(() -> Table.csv().read(utf8("code,name,note\n1,\"a\"b,3\n"), "t.csv", HEADER))
                .hasMessage("t.csv line 2: text after a closing quote");
        assertThatThrownBy(() -> Table.csv().read(utf8(""), "t.csv", HEADER))
                .hasMessageStartingWith("t.csv: empty");
        assertThatThrownBy(() -> Table.csv().readMaps(utf8("a,a\n1,2\n"), "m.csv"))
                .hasMessageContaining("duplicate column names");
        assertThatThrownBy(() -> Table.csv().readMaps(utf8("a,b\n1\n"), "m.csv"))
                .hasMessage("m.csv line 2: expected 2 fields but found 1");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] gbk = "code,name,note\n1,液氯,x\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> Table.csv().read(new ByteArrayInputStream(gbk), "gbk.csv", HEADER))
                .hasMessage("gbk.csv: not valid UTF-8");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> Table.resource(TableTest.class, "/no/such.csv"))
                .hasMessageContaining("/no/such.csv");
    }
}
