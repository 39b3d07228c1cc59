package org.carebridge.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How waves load ({@code carebridge.load.*}).
 *
 * @param personsPerChunk merged persons transformed and written per transaction
 * @param partitions      ranges of the cohort loaded at once, each on its own thread and connection; 0 means one per
 *                        CPU core
 */
@ConfigurationProperties("carebridge.load")
public record LoadProperties(int personsPerChunk, int partitions) {

    public LoadProperties {
        personsPerChunk = personsPerChunk <= 0 ? 200 : personsPerChunk;
        partitions = partitions <= 0 ? Runtime.getRuntime().availableProcessors() : partitions;
    }
}
