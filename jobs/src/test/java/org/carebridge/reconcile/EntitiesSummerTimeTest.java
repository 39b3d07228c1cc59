package org.carebridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a real PostgreSQL, in London: the merged model's times are read as stored, also in the hour that summer time
 * skips (which {@code getTimestamp} moves an hour on, so that a case note written at 01:30 would not match its
 * source row).
 */
class EntitiesSummerTimeTest {

    private TimeZone machine;

    @BeforeEach
    void inLondon() {
        machine = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
    }

    @AfterEach
    void backToTheMachinesZone() {
        TimeZone.setDefault(machine);
    }

    @Test
    void aTimeInTheSkippedHourAndADateAreReadAsStored() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/carebridge_test",
                "postgres", "");
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT TIMESTAMP '2024-03-31 01:30:00' AS at, DATE '2024-03-31' AS on_day")) {
            rs.next();

            assertThat(rs.getTimestamp("at").toLocalDateTime()).as("what reading through java.sql did")
                    .isEqualTo(LocalDateTime.of(2024, 3, 31, 2, 30));
            assertThat(Entities.timestamp(rs, "at")).isEqualTo(LocalDateTime.of(2024, 3, 31, 1, 30));
            assertThat(Entities.date(rs, "on_day")).isEqualTo(LocalDate.of(2024, 3, 31));
        }
    }
}
