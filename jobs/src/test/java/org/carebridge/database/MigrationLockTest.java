package org.carebridge.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** On a real PostgreSQL: one holder of the schema migration lock at a time, across connections (processes). */
class MigrationLockTest {

    private final DataSource postgres =
            new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/carebridge_test", "postgres", "");

    @Test
    void aSecondMigrationWaitsUntilTheFirstReleasesTheLock() throws Exception {
        CountDownLatch secondAsking = new CountDownLatch(1);
        CompletableFuture<Void> second;
        try (MigrationLock first = MigrationLock.acquire(postgres)) {
            second = CompletableFuture.runAsync(() -> {
                secondAsking.countDown();
                MigrationLock.acquire(postgres).close();
            });
            assertThat(secondAsking.await(10, TimeUnit.SECONDS)).isTrue();
            // PostgreSQL's own view: the second session queues for the advisory lock the first holds.
            JdbcTemplate jdbc = new JdbcTemplate(postgres);
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM pg_locks"
                    + " WHERE locktype = 'advisory' AND NOT granted", Long.class) == 1);

            assertThat(second).as("the second waits while the first holds the lock").isNotDone();
        }

        second.get(10, TimeUnit.SECONDS);
        assertThat(second).isCompletedWithValue(null);
    }

    @Test
    void onH2NothingIsHeld() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:migration-lock;DB_CLOSE_DELAY=-1", "sa", "");
        try (MigrationLock first = MigrationLock.acquire(h2); MigrationLock second = MigrationLock.acquire(h2)) {
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
        }
    }
}
