package org.carebridge.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebridge.legacy.SourceTable;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per source table in scope; each is staged, restarted and ledgered on its own. */
class SourceTablePartitioner implements Partitioner {

    static final String TABLE = "table";

    private final List<SourceTable> tables;

    SourceTablePartitioner(List<SourceTable> tables) {
        this.tables = tables;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (SourceTable table : tables) {
            ExecutionContext context = new ExecutionContext();
            context.putString(TABLE, table.name());
            partitions.put(table.name(), context);
        }
        return partitions;
    }
}
