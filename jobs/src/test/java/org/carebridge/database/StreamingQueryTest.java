package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A query's rows streamed on a connection of their own; a deferred one runs only when its first row is wanted. */
class StreamingQueryTest {

    private final DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:streaming;DB_CLOSE_DELAY=-1",
            "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(h2);

    @BeforeEach
    void noTable() {
        jdbc.execute("DROP TABLE IF EXISTS streaming_test");
    }

    @Test
    void aDeferredQueryRunsWhenItsFirstRowIsAskedFor_notWhenItIsMade() {
        Iterator<Integer> deferred = StreamingQuery.deferred(h2, "SELECT n FROM streaming_test ORDER BY n",
                rs -> rs.getInt(1));
        // The table does not exist yet: a query run now would fail.
        jdbc.execute("CREATE TABLE streaming_test (n INT)");
        jdbc.update("INSERT INTO streaming_test VALUES (2), (1), (3)");

        List<Integer> rows = new ArrayList<>();
        deferred.forEachRemaining(rows::add);

        assertThat(rows).containsExactly(1, 2, 3);
    }

    @Test
    void aDeferredQueryClosedUnreadOpensNothing() throws Exception {
        Iterator<Integer> deferred = StreamingQuery.deferred(h2, "SELECT n FROM streaming_test", rs -> rs.getInt(1));

        ((AutoCloseable) deferred).close(); // would fail if it ran the query: the table does not exist
    }
}
