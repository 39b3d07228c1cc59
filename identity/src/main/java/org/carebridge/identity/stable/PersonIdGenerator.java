package org.carebridge.identity.stable;

/**
 * Mints merged-person ids. The integrator supplies one backed by its database sequence; ids it returns
 * that are already in use are skipped.
 */
@FunctionalInterface
public interface PersonIdGenerator {
    String next();
}
