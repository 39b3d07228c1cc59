package org.carebridge.linking;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.carebridge.council.CouncilJdbcSource;
import org.carebridge.identity.ResolutionSettings;
import org.carebridge.identity.source.CouncilClientReader;
import org.carebridge.identity.source.PersonReadResult;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.csv.SourceRow;
import org.carebridge.staging.NumberedRow;
import org.carebridge.staging.SourceOpener;
import org.carebridge.staging.SourceTableReader;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

/**
 * {@code link} in the application: the council side from a bundle or the configured schema, and the
 * reviewers' decisions recorded in the database (see {@link BundleLink} for the rest).
 */
@Service
public class LinkService {

    private final SourceOpener opener;
    private final IdentityService identity;

    LinkService(SourceOpener opener, IdentityService identity) {
        this.opener = opener;
        this.identity = identity;
    }

    public LinkReport link(LinkRequest request) {
        return new BundleLink(ResolutionSettings.defaults()).link(request.councilJdbc() ? this::readCouncilSchema
                        : BundleLink.councilBundle(request.councilBundle()), request.oxleasBundle(),
                identity.standingDecisions(), request.out());
    }

    private PersonReadResult readCouncilSchema() {
        CouncilJdbcSource source = opener.councilJdbc();
        source.verifyReachable();
        SourceTableReader reader = source.reader(SourceTable.COUNCIL_CLIENTS);
        reader.open(new ExecutionContext());
        try {
            return new CouncilClientReader().read(source.description(), rows(reader));
        } finally {
            reader.close();
        }
    }

    /** The paging reader's rows as an iterator (its checked failures become unchecked ones). */
    private static Iterator<SourceRow> rows(SourceTableReader reader) {
        return new Iterator<>() {
            private NumberedRow next = read();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SourceRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SourceRow row = next.row();
                next = read();
                return row;
            }

            private NumberedRow read() {
                try {
                    return reader.read();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("cannot read the council's CLIENTS table", e);
                }
            }
        };
    }
}
