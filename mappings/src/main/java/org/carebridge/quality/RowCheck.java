package org.carebridge.quality;

/** One data-quality rule (or a few closely related ones) applied to one row at a time. */
@FunctionalInterface
public interface RowCheck {

    void check(RowUnderCheck row);
}
