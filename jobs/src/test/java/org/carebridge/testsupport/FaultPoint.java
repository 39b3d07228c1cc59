package org.carebridge.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A moment in a running command, recognised from outside while it runs: a count of committed work in its database,
 * a file appearing. Watching for the moment itself, instead of sleeping for a guessed time, keeps a fault where it
 * was meant to land on a slow or busy machine.
 */
public record FaultPoint(String description, Check check) {

    @FunctionalInterface
    public interface Check {
        boolean reached(List<String> output) throws Exception;
    }

    public boolean reached(List<String> output) throws Exception {
        return check.reached(output);
    }

    /**
     * Once Spring Batch has recorded at least {@code items} items read and committed by the running execution of
     * {@code job} in steps named {@code stepPrefix…} (the step execution is updated in each chunk's transaction, so
     * the count is what is durably done).
     */
    public static FaultPoint committed(JdbcTemplate jdbc, String job, String stepPrefix, long items, String what) {
        String sql = "SELECT COALESCE(SUM(s.read_count), 0) FROM batch_step_execution s"
                + " JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id"
                + " JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id"
                + " WHERE i.job_name = ? AND e.status = 'STARTED' AND s.step_name LIKE ?";
        return new FaultPoint(items + " " + what + " committed", output -> {
            Long done = jdbc.queryForObject(sql, Long.class, job, stepPrefix + "%");
            return done != null && done >= items;
        });
    }

    /** Once {@code table} holds at least {@code rows} committed rows. */
    public static FaultPoint rows(JdbcTemplate jdbc, String table, long rows) {
        return new FaultPoint(rows + " rows in " + table, output -> {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            return count != null && count >= rows;
        });
    }

    /** Once {@code folder} holds an entry whose name starts with {@code prefix} and contains {@code part}. */
    public static FaultPoint entry(Path folder, String prefix, String part, String what) {
        return new FaultPoint(what, output -> {
            if (!Files.isDirectory(folder)) {
                return false;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.map(p -> p.getFileName().toString())
                        .anyMatch(name -> name.startsWith(prefix) && name.contains(part));
            } catch (IOException vanishedWhileListed) {
                return false;
            }
        });
    }

    /** This point, and then {@code delay} more (measured from when this point was first seen). */
    public FaultPoint thenAfter(Duration delay) {
        long[] seenAt = {0};
        return new FaultPoint(description + " + " + delay.toMillis() + " ms", output -> {
            if (seenAt[0] == 0 && check.reached(output)) {
                seenAt[0] = System.nanoTime();
            }
            return seenAt[0] != 0 && System.nanoTime() - seenAt[0] >= delay.toNanos();
        });
    }

    @Override
    public String toString() {
        return description;
    }
}
