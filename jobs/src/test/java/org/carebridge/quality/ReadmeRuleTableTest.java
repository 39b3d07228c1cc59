package org.carebridge.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rule table must name every rule of the catalogue with its severity. */
class ReadmeRuleTableTest {

    @Test
    void theReadmeListsEveryRuleWithItsSeverity() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));

        for (RuleCatalogue.Entry rule : RuleCatalogue.all()) {
            assertThat(readme).as(rule.id()).contains("| `" + rule.id() + "` | " + rule.severity() + " |");
        }
    }
}
