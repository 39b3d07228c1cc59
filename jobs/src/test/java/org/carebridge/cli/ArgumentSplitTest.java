package org.carebridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArgumentSplitTest {

    @Test
    void dottedNameValuePairsAreSpringPropertiesAndEverythingElseBelongsToTheCommand() {
        ArgumentSplit split = ArgumentSplit.of("--spring.profiles.active=postgres", "stage", "--council", "dir",
                "--oxleas=other", "--carebridge.staging.chunk-size=500");

        assertThat(split.propertyArgs()).containsExactly("--spring.profiles.active=postgres",
                "--carebridge.staging.chunk-size=500");
        assertThat(split.commandArgs()).containsExactly("stage", "--council", "dir", "--oxleas=other");
    }

    @Test
    void aDottedOptionWithoutAValueStaysWithTheCommandSoPicocliCanRejectIt() {
        assertThat(ArgumentSplit.of("--spring.profiles.active").commandArgs())
                .containsExactly("--spring.profiles.active");
    }
}
