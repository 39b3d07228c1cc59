package org.carebridge.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How waves load ({@code carebridge.load.*}).
 *
 * @param personsPerChunk merged persons transformed and written per transaction
 * @param partitions      threads loading the cohort at once, each with its own connection, taking four ranges of
 *                        people each in turn (with remote partitioning: the number of ranges sent to workers); 0 means
 *                        one per CPU core
 */
@ConfigurationProperties("carebridge.load")
public record LoadProperties(int personsPerChunk, int partitions) {

    public LoadProperties {
        personsPerChunk = personsPerChunk <= 0 ? 200 : personsPerChunk;
        partitions = partitions <= 0 ? Runtime.getRuntime().availableProcessors() : partitions;
    }
}
