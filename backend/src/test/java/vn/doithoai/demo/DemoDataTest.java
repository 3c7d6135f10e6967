package vn.doithoai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        String script = """
                -- a comment; with a semicolon
                INSERT INTO t VALUES ('a;b');
                INSERT INTO t
                  SELECT 1 FROM dual;
                """;
        assertEquals(List.of("INSERT INTO t VALUES ('a;b')", "INSERT INTO t\n  SELECT 1 FROM dual"), DemoData.statements(script));
    }
}
