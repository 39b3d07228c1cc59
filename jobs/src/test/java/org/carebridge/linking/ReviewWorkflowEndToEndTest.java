package org.carebridge.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carebridge.linking.StagedPeopleBuilder.zebedee;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.carebridge.cli.CarebridgeLauncher;
import org.carebridge.identity.person.SourceRef;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration team's review workflow through the command line, as an operator types it: resolve, list the
 * queue, look at a pair, decide, resolve again.
 */
class ReviewWorkflowEndToEndTest {

    private static final String DATABASE = "jdbc:h2:mem:review-workflow;DB_CLOSE_DELAY=-1";

    private record Run(int exit, String out) {
    }

    private static Run carebridge(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + DATABASE;
        all[args.length + 1] = "--carebridge.data-dir=target/test-data";
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CarebridgeLauncher().run(all);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void aReviewerListsTheQueueLooksAtAPairDecidesAndTheNextRunAppliesIt() {
        assertThat(carebridge("identity", "reviews").out()).contains("0 pairs awaiting a decision");
        StagedPeopleBuilder.emptyStagingAndIdentity(new JdbcTemplate(new DriverManagerDataSource(DATABASE, "sa", "")))
                .withBackground()
                .with(zebedee(SourceRef.council("900001")).build(),
                        zebedee(SourceRef.oxleas("TST0000001")).forename("Barnabas").build())
                .stage();

        Run resolve = carebridge("identity", "resolve");
        Run reviews = carebridge("identity", "reviews");
        Run show = carebridge("identity", "show", "COUNCIL:900001", "OXLEAS:TST0000001", "--as", "reviewer.a");
        Run decide = carebridge("identity", "decide", "COUNCIL:900001", "OXLEAS:TST0000001", "--different",
                "--as", "reviewer.a", "--reason", "twin brothers, confirmed with the GP");
        Run again = carebridge("identity", "resolve");
        Run after = carebridge("identity", "show", "COUNCIL:900001", "OXLEAS:TST0000001", "--as", "reviewer.a");

        assertThat(resolve.exit()).isZero();
        assertThat(resolve.out()).contains("records held until their reviews are decided:", "identity reviews");
        assertThat(reviews.out()).contains("COUNCIL:900001", "OXLEAS:TST0000001", "rule=possible_twin", "awaiting")
                .doesNotContain("Zebedee", "Barnabas", "Quarmby", "1948-03-14", "DA5 1AB");
        assertThat(show.out()).contains("given name", "Zebedee", "Barnabas", "(none yet)");
        assertThat(decide.exit()).isZero();
        assertThat(decide.out()).contains("are different people", "keeps the two records in different persons");
        assertThat(again.out()).contains("conflicts (reported, not applied): 0");
        assertThat(after.out()).doesNotContain("(none yet)")
                .contains("Latest decision: different people by reviewer.a");
        assertThat(carebridge("audit", "verify").exit()).isZero();
    }
}
