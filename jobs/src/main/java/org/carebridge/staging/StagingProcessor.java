package org.carebridge.staging;

import org.carebridge.quality.RowValidator;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Parses and validates each row; it never filters one out, so every row read reaches the writer. */
class StagingProcessor implements ItemProcessor<NumberedRow, StagingOutcome> {

    private final RowValidator validator;

    StagingProcessor(RowValidator validator) {
        this.validator = validator;
    }

    @Override
    public StagingOutcome process(NumberedRow item) {
        return new StagingOutcome(item.rowNo(), validator.validate(item.row()));
    }
}
