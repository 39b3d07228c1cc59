package org.carebridge.database;

import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Short, increasing run ids (1, 2, 3 …) shared by every kind of run, from a database sequence. */
@Component
public class RunIds {

    private final DataFieldMaxValueIncrementer sequence;

    public RunIds(DataSource dataSource) {
        this.sequence = DatabaseProduct.of(dataSource).isPostgres()
                ? new PostgresSequenceMaxValueIncrementer(dataSource, "carebridge_run_seq")
                : new H2SequenceMaxValueIncrementer(dataSource, "carebridge_run_seq");
    }

    public long next() {
        return sequence.nextLongValue();
    }
}
