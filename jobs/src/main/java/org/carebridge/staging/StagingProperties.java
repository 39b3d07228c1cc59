package org.carebridge.staging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How staging runs ({@code carebridge.staging.*}).
 *
 * @param chunkSize   rows written per transaction
 * @param concurrency source tables staged at once; 0 means one per CPU core
 */
@ConfigurationProperties("carebridge.staging")
public record StagingProperties(int chunkSize, int concurrency) {

    public StagingProperties {
        chunkSize = chunkSize <= 0 ? 5000 : chunkSize;
        concurrency = concurrency <= 0 ? Runtime.getRuntime().availableProcessors() : concurrency;
    }
}
