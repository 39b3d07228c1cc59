package org.carebridge.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, tiny file system (tmpfs of a few KiB, mounted as root) for tests of a full disk: writes past its size fail
 * with "No space left on device", as on a full reports share. Root ignores file permissions, so a read-only folder
 * cannot stand in for an unwritable one here; a size-limited mount can. {@link #close()} unmounts it.
 */
public final class TinyDisk implements AutoCloseable {

    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kib} KiB at {@code mountPoint} (created if missing); needs root. */
    public static TinyDisk mount(Path mountPoint, int kib) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", mountPoint.toString());
        return new TinyDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", mountPoint.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (a full-disk test mounts a tiny"
                    + " tmpfs and needs root, as CI and these machines run tests): " + output.strip());
        }
    }
}
