package org.carebridge.cli;

import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.carebridge.batch.ProcessOwner;
import org.carebridge.database.DatabaseProduct;
import org.carebridge.remote.PartitionWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs partitions of staging (one source table each), of wave loads (one range of people each)",
                "and of reconciliation's source pass (one legacy table each) that a manager sends over RabbitMQ",
                "(carebridge.remote.*), against the shared PostgreSQL database, until stopped (Ctrl-C). Start any",
                "number, on any machines that reach the broker and the database (staging and reconciliation workers",
                "also need the source files at the manager's paths). A partition cut short by a stopped worker is",
                "failed and runs again when its job is restarted."})
class WorkerCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "partitions of each queue run at once (default: carebridge.remote.worker-concurrency, 1)")
    Integer concurrency;

    WorkerCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        // A worker is remote by definition: read when the context starts, just below (as serve does with its port).
        System.setProperty("carebridge.remote.enabled", "true");
        if (concurrency != null) {
            if (concurrency < 1) {
                throw new UserFacingException("--concurrency must be at least 1");
            }
            System.setProperty("carebridge.remote.worker-concurrency", concurrency.toString());
        }
        if (!context.context().getBeanProvider(PartitionWorker.class).iterator().hasNext()) {
            throw new UserFacingException("carebridge.remote.enabled=false was given: a worker needs it on");
        }
        if (!DatabaseProduct.of(context.bean(DataSource.class)).isPostgres()) {
            throw new UserFacingException("a worker runs partitions against the manager's PostgreSQL database: add"
                    + " --spring.profiles.active=postgres and the same CAREBRIDGE_DB_URL as the manager");
        }
        PartitionWorker worker = context.bean(PartitionWorker.class);
        var queues = worker.start();
        context.bean(Console.class).result("Carebridge worker " + ProcessOwner.current() + " taking partitions from "
                + String.join(" and ", queues) + " on " + worker.brokerAddress() + " (" + worker.concurrency()
                + " at a time per queue); Ctrl-C to stop");
        Thread.currentThread().join();
        return CarebridgeLauncher.OK;
    }
}
