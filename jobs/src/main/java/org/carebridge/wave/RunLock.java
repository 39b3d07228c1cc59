package org.carebridge.wave;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.cli.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lock across processes, held in the database: a second run of waves while one is in progress is refused with
 * who holds it. A lock left by a process that died (same host, process gone) is taken over.
 */
@Component
public class RunLock {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RunLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the lock or refuses; close the returned handle to release it. */
    public AutoCloseable acquire(String name, String purpose) {
        String me = ProcessOwner.current().toString();
        try {
            insert(name, me);
        } catch (DuplicateKeyException held) {
            List<Map<String, Object>> holder = jdbc.queryForList("SELECT owner, acquired_at FROM run_lock WHERE lock_name = ?", name);
            if (!holder.isEmpty()) {
                String owner = (String) holder.get(0).get("owner");
                ProcessOwner process = ProcessOwner.parse(owner);
                if (process != null && process.mayBeAlive()) {
                    throw new UserFacingException(purpose + " refused: another run is in progress (process " + owner
                            + ", since " + holder.get(0).get("acquired_at") + "); wait for it to finish");
                }
                jdbc.update("DELETE FROM run_lock WHERE lock_name = ? AND owner = ?", name, owner);
            }
            try {
                insert(name, me);
            } catch (DuplicateKeyException raced) {
                throw new UserFacingException(purpose + " refused: another run started at the same moment");
            }
        }
        return () -> jdbc.update("DELETE FROM run_lock WHERE lock_name = ? AND owner = ?", name, me);
    }

    private void insert(String name, String owner) {
        jdbc.update("INSERT INTO run_lock (lock_name, owner, acquired_at) VALUES (?, ?, ?)", name, owner,
                Timestamp.valueOf(LocalDateTime.now(clock)));
    }
}
