package org.carebridge.cli;

import java.util.concurrent.Callable;
import org.carebridge.reconcile.WaveReconciler;
import org.carebridge.wave.WaveService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Re-runs a wave's reconciliation checks against the model as it stands (live once cut over,",
                "else its rehearsal), from the legacy extract itself, and writes a new report pack.",
                "Exits 1 when a check fails."})
class ReconcileCommand implements Callable<Integer> {

    private final ApplicationContextHolder context;

    @Parameters(paramLabel = "WAVE")
    String wave;

    @Option(names = "--as", paramLabel = "NAME", defaultValue = "${sys:user.name}", description = "who runs it (recorded)")
    String actor;

    ReconcileCommand(ApplicationContextHolder context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Console console = context.bean(Console.class);
        WaveReconciler.Result result = context.bean(WaveService.class).reconcile(wave, actor);
        ReconciliationSummary.print(console, result);
        if (!result.passed()) {
            throw new UserFacingException(result.failedChecks() + " reconciliation check(s) of " + wave
                    + " failed; see " + result.pack().resolve("report.html"));
        }
        return CarebridgeLauncher.OK;
    }
}
