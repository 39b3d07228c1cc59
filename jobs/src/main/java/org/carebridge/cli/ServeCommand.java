package org.carebridge.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web console (sign-in; handover queue for clinical leads; wave status; identity",
                "review queue; audit trail) and the REST API under /api. Users: config/users.yml. Stop with Ctrl-C."})
class ServeCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: server.port, 8080)")
    Integer port;

    ServeCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port != null) {
            // Read by Spring when the context starts, just below.
            System.setProperty("server.port", port.toString());
        }
        context.enableWeb();
        Console console = context.bean(Console.class);
        String actual = context.context().getEnvironment().getProperty("local.server.port", "?");
        console.result("Carebridge console on http://localhost:" + actual + "/ (Ctrl-C to stop)");
        Thread.currentThread().join();
        return CarebridgeLauncher.OK;
    }
}
