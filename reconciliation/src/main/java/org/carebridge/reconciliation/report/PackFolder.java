package org.carebridge.reconciliation.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a pack is built and how it becomes visible. Files are written into a hidden sibling folder
 * {@code WAVE/.RUN-ID.partial-*}, forced to disk, and the folder is renamed to {@code WAVE/RUN-ID} in one atomic
 * step only once every file is complete. A crash or a full disk therefore leaves at most a folder whose name says
 * it is partial, never a {@code RUN-ID} folder that looks complete. A pack is evidence: an existing one is never
 * replaced.
 */
final class PackFolder {

    private final Path target;
    private final Path staging;

    private PackFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static PackFolder create(Path reportsRoot, String wave, String runId) {
        Path waveDir = reportsRoot.resolve(wave);
        Path target = waveDir.resolve(runId);
        if (Files.exists(target)) {
            throw new ReportPackException("report pack " + target + " already exists; a pack is never overwritten,"
                    + " give the run a new id");
        }
        try {
            Files.createDirectories(waveDir);
            Path staging = Files.createTempDirectory(waveDir, "." + runId + ".partial-");
            return new PackFolder(target, staging);
        } catch (FileAlreadyExistsException e) {
            throw new ReportPackException("cannot write the report pack: " + e.getFile()
                    + " exists and is not a folder", e);
        } catch (AccessDeniedException e) {
            throw new ReportPackException("cannot write the report pack: the folder " + e.getFile()
                    + " is not writable", e);
        } catch (FileSystemException e) {
            throw new ReportPackException("cannot write the report pack under " + reportsRoot + ": "
                    + e.getFile() + " cannot be created (" + e.getReason() + ")", e);
        } catch (IOException e) {
            throw new ReportPackException("cannot write the report pack under " + reportsRoot + " ("
                    + ReportPackException.reason(e) + ")", e);
        }
    }

    Path file(String name) {
        return staging.resolve(name);
    }

    Path target() {
        return target;
    }

    /** Forces every file to disk and renames the staging folder into place. */
    Path publish() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.sorted().toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
        if (Files.exists(target)) {
            throw new ReportPackException("report pack " + target + " appeared while this one was written;"
                    + " it was left as it is");
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new ReportPackException("cannot publish the report pack: " + target.getParent()
                    + " does not support an atomic rename", e);
        }
        forceFolder(target.getParent());
        return target;
    }

    /** Removes the staging folder after a failure; best effort, since the failure is what the caller must see. */
    void discard() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the partial folder's name already marks it as incomplete
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static void forceFolder(Path folder) {
        // makes the rename itself durable on Linux; other systems may refuse to open a folder, which is harmless
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported here
        }
    }
}
