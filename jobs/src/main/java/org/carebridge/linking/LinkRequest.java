package org.carebridge.linking;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code link} reads and writes: the council side as a CSV bundle folder or the configured JDBC schema,
 * the Oxleas bundle folder (with MANIFEST.csv) and the link file.
 */
public record LinkRequest(Path councilBundle, boolean councilJdbc, Path oxleasBundle, Path out) {

    public LinkRequest {
        if ((councilBundle == null) == !councilJdbc) {
            throw new IllegalArgumentException("give the council side as either --council DIR or --council-jdbc");
        }
        Objects.requireNonNull(oxleasBundle, "the Oxleas bundle");
        Objects.requireNonNull(out, "the link file");
    }
}
