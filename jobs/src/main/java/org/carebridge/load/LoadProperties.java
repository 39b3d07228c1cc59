package org.carebridge.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How waves load ({@code carebridge.load.*}).
 *
 * @param personsPerChunk merged persons transformed and written per transaction
 */
@ConfigurationProperties("carebridge.load")
public record LoadProperties(int personsPerChunk) {

    public LoadProperties {
        personsPerChunk = personsPerChunk <= 0 ? 200 : personsPerChunk;
    }
}
