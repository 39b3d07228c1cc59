package org.carebridge.remote;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebridge.cli.UserFacingException;

/**
 * Worker processes started on this machine (by {@code bench --workers K}): the same application, JVM heap settings,
 * {@code --name=value} overrides, environment and working directory as the process starting them, so they reach the
 * same database and broker. Each writes its terminal output to a log file of its own.
 */
public final class LocalWorkers implements AutoCloseable {

    private final List<Process> processes;
    private final List<Path> logs;

    private LocalWorkers(List<Process> processes, List<Path> logs) {
        this.processes = processes;
        this.logs = logs;
    }

    /** Starts {@code count} workers, the i-th writing to {@code logPrefix + i + ".log"}. */
    public static LocalWorkers start(int count, List<String> propertyArgs, Path logPrefix) {
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        try {
            for (int i = 1; i <= count; i++) {
                Path log = Path.of(logPrefix + "-" + i + ".log").toAbsolutePath();
                Files.createDirectories(log.getParent());
                List<String> command = new ArrayList<>(javaCommand());
                command.addAll(propertyArgs);
                command.add("worker");
                processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
                logs.add(log);
            }
        } catch (IOException e) {
            processes.forEach(Process::destroy);
            throw new UserFacingException("could not start a worker process: " + e.getMessage());
        }
        return new LocalWorkers(processes, logs);
    }

    /** Waits until every queue has at least one consumer per worker, or refuses naming a worker that stopped. */
    public void awaitConsuming(Broker broker, int consumersPerWorker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int wanted = processes.size() * consumersPerWorker;
        while (true) {
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).isAlive()) {
                    throw new UserFacingException("worker " + (i + 1) + " stopped (exit " + processes.get(i).exitValue()
                            + "); see " + logs.get(i));
                }
            }
            if (broker.queues().stream().allMatch(queue -> broker.consumers(queue) >= wanted)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UserFacingException("the " + processes.size() + " workers were not all consuming after "
                        + timeout.toSeconds() + " s; see " + logs);
            }
            // Polling the broker: no event tells this process when another has subscribed.
            Thread.sleep(250);
        }
    }

    public List<Path> logs() {
        return logs;
    }

    /** Stops the workers as Ctrl-C would (a partition cut short is failed and re-run on restart). */
    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-D"))
                .forEach(command::add);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // ./carebridge runs the application jar
        } else {
            command.addAll(List.of("-cp", classPath, "org.carebridge.CarebridgeApplication"));
        }
        return command;
    }
}
