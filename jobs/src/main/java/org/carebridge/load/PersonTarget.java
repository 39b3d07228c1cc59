package org.carebridge.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebridge.merged.MergedTable;
import org.carebridge.merged.RowHash;

/** The merged-model rows one person becomes, table by table, plus the lead-worker decision behind them. */
public final class PersonTarget {

    private final String waveCode;
    private final Map<MergedTable, List<Object[]>> rows = new EnumMap<>(MergedTable.class);
    private LeadWorkerDecision leadWorker;
    private boolean openClient;

    PersonTarget(String waveCode) {
        this.waveCode = waveCode;
    }

    /** Adds a row given every column but {@code wave_code} and {@code row_hash}, which are filled in here. */
    void add(MergedTable table, Object... content) {
        int columns = table.columns().size();
        if (content.length != columns - 2) {
            throw new IllegalArgumentException(table + ": " + content.length + " values for " + (columns - 2) + " columns");
        }
        Object[] row = new Object[columns];
        System.arraycopy(content, 0, row, 0, content.length);
        row[columns - 2] = waveCode;
        row[columns - 1] = RowHash.of(content);
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    public Map<MergedTable, List<Object[]>> rows() {
        return rows;
    }

    public List<Object[]> rows(MergedTable table) {
        return rows.getOrDefault(table, List.of());
    }

    public LeadWorkerDecision leadWorker() {
        return leadWorker;
    }

    void leadWorker(LeadWorkerDecision decision) {
        this.leadWorker = decision;
    }

    public boolean openClient() {
        return openClient;
    }

    void openClient(boolean open) {
        this.openClient = open;
    }
}
