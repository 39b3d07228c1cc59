package org.carebridge.cli;

import java.util.concurrent.Callable;
import org.carebridge.audit.AuditTrail;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail of decisions.",
        subcommands = AuditCommand.Verify.class)
class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks the audit trail's hash chain and names the first broken entry; exits 1 if any.")
    static class Verify implements Callable<Integer> {

        private final ApplicationContextHolder context;

        Verify(ApplicationContextHolder context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AuditTrail.Verification result = context.bean(AuditTrail.class).verify();
            if (!result.intact()) {
                throw new UserFacingException("audit trail broken after " + result.entriesChecked()
                        + " entries checked: " + result.firstBroken().orElseThrow());
            }
            context.bean(Console.class).result("Audit trail intact: " + result.entriesChecked()
                    + " entries, each chained to the one before.");
            return CarebridgeLauncher.OK;
        }
    }
}
