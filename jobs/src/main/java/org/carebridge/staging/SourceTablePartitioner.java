package org.carebridge.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.carebridge.batch.LargestFirstPartitionHandler;
import org.carebridge.legacy.SourceTable;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per source table in scope; each is staged, restarted and ledgered on its own. Each states its
 * table's size, so that local threads take the biggest first: the case notes, started last, ran alone on one core
 * for 30 s of the 72 s that staging's tables took at 100,000 clients.
 */
class SourceTablePartitioner implements Partitioner {

    static final String TABLE = "table";

    private final List<SourceTable> tables;
    private final ToLongFunction<SourceTable> sizeHint;

    SourceTablePartitioner(List<SourceTable> tables, ToLongFunction<SourceTable> sizeHint) {
        this.tables = tables;
        this.sizeHint = sizeHint;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (SourceTable table : tables) {
            ExecutionContext context = new ExecutionContext();
            context.putString(TABLE, table.name());
            context.putLong(LargestFirstPartitionHandler.SIZE_HINT, sizeHint.applyAsLong(table));
            partitions.put(table.name(), context);
        }
        return partitions;
    }
}
