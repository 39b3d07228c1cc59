package org.carebridge.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.carebridge.legacy.SourceTable;
import org.carebridge.legacy.format.ParsedRow;
import org.carebridge.reconciliation.compare.RowHash;

/**
 * One migrated entity seen from both sides: which legacy rows belong to the cohort, each row's key and the hash of
 * its content normalised through the mappings; and the merged table's rows, key and hash of the same content.
 * Both hashes use the same canonical field order, so equal content gives equal hashes.
 */
interface EntityComparison {

    String id();

    SourceTable sourceTable();

    String mergedTable();

    /** The merged person a source row belongs to, or {@code null} when it is outside the cohort. */
    String person(ParsedRow row, SourceIndex index);

    /** The legacy key in canonical text; the merged table carries the same key. */
    String key(ParsedRow row);

    RowHash sourceHash(ParsedRow row, String person, Expectations expect);

    /** Selects {@code row_key} first, then the compared columns, for one wave, ordered by key. */
    String targetSql(String schema);

    RowHash targetHash(ResultSet rs) throws SQLException;
}
