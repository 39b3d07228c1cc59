package org.carebridge.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carebridge.cli.UserFacingException;

/**
 * Files and folders a person will open (data-quality reports, benchmark CSVs) are written under a temporary name
 * beside their final one, forced to disk, and renamed into place in one step. A full disk, an unwritable folder or a
 * crash therefore leaves either the complete output or none, never a truncated file under the final name. (Report
 * packs do the same in the reconciliation module's {@code PackFolder}.)
 */
public final class AtomicWrite {

    /** Writes the content of a temporary file or folder. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Writes one file through {@code content}, then renames it to {@code target} (replacing an older one). */
    public static Path file(Path target, String what, Content content) {
        Path temporary = temporarySibling(target);
        try {
            createParent(target);
            Files.deleteIfExists(temporary);
            content.writeTo(temporary);
            force(temporary);
            move(temporary, target);
            forceFolder(target.toAbsolutePath().getParent());
            return target;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw failure(what, target, e);
        }
    }

    /**
     * Writes a folder's files through {@code content} into a temporary folder, then replaces {@code target} with it.
     * Between removing an older folder and the rename there is, for an instant, no folder: never a partial one.
     */
    public static Path folder(Path target, String what, Content content) {
        Path temporary = temporarySibling(target);
        try {
            createParent(target);
            deleteRecursively(temporary);
            Files.createDirectory(temporary);
            content.writeTo(temporary);
            try (Stream<Path> files = Files.list(temporary)) {
                for (Path file : files.sorted().toList()) {
                    force(file);
                }
            }
            deleteRecursively(target);
            move(temporary, target);
            forceFolder(target.toAbsolutePath().getParent());
            return target;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temporary);
            throw failure(what, target, e);
        }
    }

    /** The few words the file system said ("No space left on device"), for a one-line message. */
    public static String reason(Throwable failure) {
        Throwable t = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
            return reason + (fs.getFile() == null ? "" : ": " + fs.getFile());
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static UserFacingException failure(String what, Path target, Exception e) {
        return new UserFacingException("cannot write " + what + " to " + target + " (" + reason(e) + "); nothing was"
                + " left under that name", e);
    }

    private static Path temporarySibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".writing");
    }

    private static void createParent(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(target.toAbsolutePath().getParent() + " does not support an atomic rename", e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
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

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException ignored) {
            // the temporary name already says it is incomplete; the failure itself is what the operator must see
        }
    }
}
