package org.carebridge.wave;

import org.carebridge.cli.Console;

/**
 * The phases of one wave operation on the terminal: each as it starts, and how long the one before took, so an
 * operator can see where a cutover weekend's time goes.
 */
final class Phases {

    private final Console console;
    private String current;
    private long startedAt;

    Phases(Console console) {
        this.console = console;
    }

    void next(String phase) {
        done();
        console.progress("  " + phase + " …");
        current = phase;
        startedAt = System.nanoTime();
    }

    void done() {
        if (current != null) {
            console.progress(String.format("    (%.1f s)", (System.nanoTime() - startedAt) / 1e9));
            current = null;
        }
    }
}
