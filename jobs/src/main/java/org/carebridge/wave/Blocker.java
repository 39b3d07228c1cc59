package org.carebridge.wave;

import java.util.List;

/**
 * A gate that is not clear for a wave: how many things block it, which (ids only), and whether a recorded
 * decision overrides it.
 */
public record Blocker(Gate gate, long count, List<String> items, String overriddenBy, String overrideReason) {

    public boolean overridden() {
        return overriddenBy != null;
    }
}
