package org.carebridge.reconcile;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reconciliation settings ({@code carebridge.reconciliation.*}, in {@code config/reconciliation.yml}).
 *
 * @param reportsFolder  where report packs are written: {@code REPORTS/WAVE/RUN-ID/}
 * @param tolerancesFile the file holding per-check tolerances (none: every check must match exactly)
 * @param signoffRoles   the governance roles that must each sign a wave off before it is SIGNED_OFF
 * @param parallelism    source tables re-read at once on this machine's threads (partitions of the source pass);
 *                       0 means one per CPU core. With remote partitioning the workers run the tables instead
 */
@ConfigurationProperties("carebridge.reconciliation")
public record ReconciliationProperties(Path reportsFolder, Path tolerancesFile, List<String> signoffRoles,
                                       int parallelism) {

    public ReconciliationProperties {
        reportsFolder = reportsFolder == null ? Path.of("reconciliation", "reports") : reportsFolder;
        tolerancesFile = tolerancesFile == null ? Path.of("config", "reconciliation.yml") : tolerancesFile;
        signoffRoles = signoffRoles == null || signoffRoles.isEmpty()
                ? List.of("PROGRAMME_BOARD", "CALDICOTT_GUARDIAN", "FINANCE") : List.copyOf(signoffRoles);
        parallelism = parallelism <= 0 ? Runtime.getRuntime().availableProcessors() : parallelism;
    }
}
