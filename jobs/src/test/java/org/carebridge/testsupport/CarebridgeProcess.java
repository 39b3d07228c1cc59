package org.carebridge.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real application in its own JVM (the test classpath, {@code CarebridgeApplication.main}), as an operator
 * would, so that a test can kill it with SIGKILL mid-run and start it again.
 */
public final class CarebridgeProcess {

    private static final Map<Process, Thread> READERS = new ConcurrentHashMap<>();

    private final List<String> properties;
    private final List<String> jvmOptions;

    public CarebridgeProcess(String databaseUrl, Path reports, Path dataDir) {
        this(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + databaseUrl,
                "--carebridge.quality.mappings-dir=../mappings/tables",
                "--carebridge.quality.reference-date=2026-10-31",
                "--carebridge.quality.reports-dir=" + reports,
                "--carebridge.reconciliation.reports-folder=" + reports,
                "--carebridge.data-dir=" + dataDir,
                "--spring.config.import=optional:file:../config/teams.yml,optional:file:../config/waves.yml",
                "--carebridge.waves.require-previous-signed-off=false"));
    }

    private CarebridgeProcess(List<String> properties) {
        this(properties, List.of("-Xmx512m"));
    }

    private CarebridgeProcess(List<String> properties, List<String> jvmOptions) {
        this.properties = List.copyOf(properties);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The same, in JVMs that compile with C1 only: they start in about half the time, which is most of a command's
     * time on small test datasets.
     */
    public CarebridgeProcess quickStarting() {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:TieredStopAtLevel=1");
        return new CarebridgeProcess(properties, options);
    }

    /**
     * Starts a command in the background (a worker, or a run to be killed), everything it prints going to
     * {@code output}; the caller ends it.
     */
    public Process start(Path output, String... args) throws IOException {
        return builder(args).redirectOutput(output.toFile()).start();
    }

    /**
     * The embedded default: an H2 file database under {@code dataDir} (an absolute path, as H2 requires), with the
     * repository's configuration as {@code ./carebridge} reads it, plus {@code extraProperties} ({@code --name=value}).
     */
    public static CarebridgeProcess onH2(Path dataDir, Path reports, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(
                "--carebridge.data-dir=" + dataDir.toAbsolutePath(),
                "--carebridge.quality.mappings-dir=../mappings/tables",
                "--carebridge.quality.reports-dir=" + reports.toAbsolutePath(),
                "--carebridge.reconciliation.reports-folder=" + reports.toAbsolutePath(),
                "--spring.config.import=optional:file:../config/teams.yml,optional:file:../config/waves.yml,"
                        + "optional:file:../config/users.yml,optional:file:../config/reconciliation.yml"));
        properties.addAll(List.of(extraProperties));
        return new CarebridgeProcess(properties);
    }

    /**
     * The same application with more {@code --name=value} properties (another queue, chunk size …); one already set is
     * replaced (Spring would otherwise join the two values with a comma).
     */
    public CarebridgeProcess with(String... extraProperties) {
        List<String> more = new ArrayList<>(properties);
        for (String property : extraProperties) {
            String name = property.substring(0, property.indexOf('=') + 1);
            more.removeIf(existing -> existing.startsWith(name));
            more.add(property);
        }
        return new CarebridgeProcess(more, jvmOptions);
    }

    /** How a command ended: its exit code and every line it printed (standard output and error together). */
    public record Finished(int exitCode, List<String> output) {

        /** The lines that are not blank. */
        public List<String> printedLines() {
            return output.stream().filter(line -> !line.isBlank()).toList();
        }
    }

    /** How a command with an injected fault ended: whether the fault point was reached before the command ended. */
    public record Interrupted(boolean faultInjected, Finished finished) {
    }

    /** Runs a command to its end; returns its exit code and output. */
    public Finished runCapturing(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        List<String> output = drain(process);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("carebridge " + String.join(" ", args) + " did not finish");
        }
        return new Finished(process.exitValue(), awaitDrained(process, output));
    }

    /**
     * Starts a command, watches {@code point} from outside while it runs (polling, every few milliseconds), and
     * the moment the point is reached does {@code fault} to it: kill it with SIGKILL ({@link #KILL}), stop its
     * database, … Then waits for the command's end.
     */
    public Interrupted runWithFault(FaultPoint point, Fault fault, String... args) throws Exception {
        Process process = start(args);
        List<String> output = drain(process);
        boolean injected = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (point.reached(output)) {
                fault.inject(process);
                injected = true;
                break;
            }
            // a polling interval, not a guess at timing: the point itself is a condition on the database or output
            Thread.sleep(3);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("carebridge " + String.join(" ", args) + " did not finish");
        }
        return new Interrupted(injected, new Finished(process.exitValue(), awaitDrained(process, output)));
    }

    /** Something done to a running command from outside. */
    @FunctionalInterface
    public interface Fault {
        void inject(Process process) throws Exception;
    }

    /** SIGKILL: no shutdown hook, no clean-up, no last write. */
    public static final Fault KILL = process -> {
        process.destroyForcibly();
        process.waitFor(1, TimeUnit.MINUTES);
    };

    /** Runs a command to its end with everything it prints (standard output and error) written to {@code output}. */
    public int run(Path output, String... args) throws IOException, InterruptedException {
        Process process = builder(args).redirectOutput(output.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("carebridge " + String.join(" ", args) + " did not finish");
        }
        return process.exitValue();
    }

    /** Runs a command to its end; returns its exit code. */
    public int run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        List<String> output = drain(process);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("carebridge " + String.join(" ", args) + " did not finish");
        }
        int exit = process.exitValue();
        awaitDrained(process, output);
        if (exit != 0) {
            System.err.println("carebridge " + String.join(" ", args) + " exited " + exit + ":\n" + String.join("\n", output));
        }
        return exit;
    }

    private Process start(String... args) throws IOException {
        return builder(args).start();
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.carebridge.CarebridgeApplication");
        command.addAll(properties);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The process has ended; its output may still be in the pipe for a moment. */
    private static List<String> awaitDrained(Process process, List<String> lines) throws InterruptedException {
        Thread reader = READERS.remove(process);
        if (reader != null) {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        return List.copyOf(lines);
    }

    private static List<String> drain(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        READERS.put(process, reader);
        reader.start();
        return lines;
    }
}
