package org.carebridge.staging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.api.Trigger;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staging;DB_CLOSE_DELAY=-1",
        "carebridge.data-dir=target/test-data",
        "carebridge.staging.chunk-size=50"})
class StagingOnH2Test extends StagingJobContract {

    /** An H2 trigger that fails the insert of one armed row number, once. */
    public static class FailOnce implements Trigger {
        static final AtomicLong ARMED = new AtomicLong(-1);

        @Override
        public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
            if (newRow != null && ((Number) newRow[0]).longValue() == ARMED.get()) {
                ARMED.set(-1);
                throw new SQLException("injected fault: insert refused", "58000");
            }
        }
    }

    @Override
    void failOnceOnInsert(String stagingTable, long rowNo) {
        FailOnce.ARMED.set(rowNo);
        jdbc.execute("CREATE TRIGGER IF NOT EXISTS fail_once BEFORE INSERT ON " + stagingTable
                + " FOR EACH ROW CALL \"" + FailOnce.class.getName() + "\"");
    }

    @Override
    void removeFault() {
        FailOnce.ARMED.set(-1);
        jdbc.execute("DROP TRIGGER IF EXISTS fail_once");
    }
}
