package org.carebridge.cli;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the operator sees on the terminal. Progress lines are suppressed in quiet mode
 * ({@code --carebridge.quiet=true}, for scripts and CI); results and errors always print.
 */
@Component
public class Console {

    private final PrintStream out;
    private final boolean quiet;

    @Autowired
    public Console(@Value("${carebridge.quiet:false}") boolean quiet) {
        this(System.out, quiet);
    }

    public Console(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** A result line: always printed. */
    public synchronized void result(String line) {
        out.println(line);
    }

    /** A progress line: printed unless quiet. */
    public synchronized void progress(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    public boolean quiet() {
        return quiet;
    }
}
