package org.carebridge.identity.stable;

import java.util.Collection;

/** Ids like {@code BCP0000001}: a prefix and a zero-padded counter that continues after the highest id in use. */
public final class SequentialPersonIdGenerator implements PersonIdGenerator {

    private final String prefix;
    private final int width;
    private long next;

    public SequentialPersonIdGenerator(String prefix, int width, long first) {
        this.prefix = prefix;
        this.width = width;
        this.next = first;
    }

    /** Continues after the highest id with this prefix among {@code used}. */
    public static SequentialPersonIdGenerator continuing(String prefix, int width, Collection<String> used) {
        long highest = 0;
        for (String id : used) {
            if (id.startsWith(prefix)) {
                try {
                    highest = Math.max(highest, Long.parseLong(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // Not one of ours; it cannot collide with a number we mint.
                }
            }
        }
        return new SequentialPersonIdGenerator(prefix, width, highest + 1);
    }

    @Override
    public String next() {
        String digits = Long.toString(next++);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
