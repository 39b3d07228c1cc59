package org.carebridge.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL 15 server of the test's own (initdb into a folder under /tmp, pg_ctl on a free port from 55432),
 * so that a test can stop and restart "the database" mid-run without touching the shared server on port 5432 that
 * other engineers and tests use. {@link #close()} stops it and deletes its folder, also when the test failed; a
 * shutdown hook does the same if the test JVM is ended first.
 *
 * <p>initdb refuses to run as root, and tests here run as root: the server's programs then run as the
 * {@code postgres} operating-system user, which owns the folder.
 */
public final class PrivatePostgres implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final int FIRST_PORT = 55432;

    private final Path folder;
    private final Path data;
    private final Thread cleanUpAtExit;
    private int port;
    private boolean running;

    private PrivatePostgres(Path folder) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.cleanUpAtExit = new Thread(this::stopAndDelete, "private-postgres-cleanup");
    }

    /** Creates a new cluster (trust authentication, superuser {@code postgres}) and starts it. */
    public static PrivatePostgres launch() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "carebridge-faults-pg-");
        PrivatePostgres server = null;
        try {
            if (isRoot()) {
                UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(folder, postgres);
            }
            server = new PrivatePostgres(folder);
            Runtime.getRuntime().addShutdownHook(server.cleanUpAtExit);
            server.exec(BIN.resolve("initdb").toString(), "-D", server.data.toString(), "-A", "trust", "-U",
                    "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
            server.startOnFreePort();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                deleteRecursively(folder);
            }
            throw e;
        }
    }

    private void startOnFreePort() throws IOException, InterruptedException {
        for (int candidate = FIRST_PORT; candidate < FIRST_PORT + 50; candidate++) {
            if (!free(candidate)) {
                continue;
            }
            port = candidate;
            try {
                start();
                return;
            } catch (IllegalStateException takenMeanwhile) {
                // another server took the port between the check and the start: try the next one
            }
        }
        throw new IllegalStateException("no free port for a private PostgreSQL from " + FIRST_PORT);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again) and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        exec(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1", "-w", "-t", "60", "start");
        running = true;
    }

    /** Stops the server at once, as a crash or a power cut would ({@code pg_ctl stop -m immediate}). */
    public void stopImmediately() throws IOException, InterruptedException {
        exec(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
        running = false;
    }

    public void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            c.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() {
        Runtime.getRuntime().removeShutdownHook(cleanUpAtExit);
        stopAndDelete();
    }

    private void stopAndDelete() {
        if (running || Files.exists(data.resolve("postmaster.pid"))) {
            try {
                stopImmediately();
            } catch (IOException | InterruptedException | RuntimeException stopFailed) {
                // the folder goes anyway; a server left without its folder stops at its next checkpoint
            }
        }
        try {
            deleteRecursively(folder);
        } catch (IOException ignored) {
            // a temporary folder; nothing else depends on it
        }
    }

    private void exec(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        Path log = Files.createTempFile("carebridge-faults-pg-", ".log");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                        + Files.readString(log).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
