package org.carebridge.reconciliation.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carebridge.legacy.SourceSystem;
import org.carebridge.reconciliation.check.Category;
import org.carebridge.reconciliation.check.CheckResult;
import org.carebridge.reconciliation.check.CheckStatus;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;
import org.carebridge.reconciliation.check.Tolerance;
import org.junit.jupiter.api.Test;

class RowLevelCheckTest {

    private final RowLevelCheck<Long> check = new RowLevelCheck<>("row-council-clients", SourceSystem.COUNCIL,
            "CLIENTS", "person", Comparator.naturalOrder());
    private final List<ExceptionItem> exceptions = new ArrayList<>();

    private static HashedRow<Long> source(long key, String content) {
        return HashedRow.of(key, new CanonicalRowHasher().text(content).hash());
    }

    private static HashedRow<Long> target(long key, String mergedId, String content) {
        return new HashedRow<>(key, new CanonicalRowHasher().text(content).hash(), mergedId);
    }

    @Test
    void matchingTablesPass() {
        CheckResult result = check.run(List.of(source(1, "a")).iterator(),
                List.of(target(1, "P-1", "a")).iterator(), exceptions::add, Tolerance.ZERO);

        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.check().category()).isEqualTo(Category.ROW_COMPARISON);
        assertThat(exceptions).isEmpty();
    }

    @Test
    void everyUnmatchedRowBecomesAnExceptionWithItsLegacyAndMergedKeys() {
        CheckResult result = check.run(List.of(source(1, "a"), source(2, "b"), source(4, "d")).iterator(),
                List.of(target(2, "P-2", "changed"), target(3, "P-3", "c"), target(4, "P-4", "d")).iterator(),
                exceptions::add, Tolerance.ZERO);

        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.actual()).isEqualByComparingTo("3");
        assertThat(result.check().description()).contains("3 COUNCIL CLIENTS rows").contains("1 identical");
        assertThat(exceptions).extracting(ExceptionItem::kind, ExceptionItem::sourceKey, ExceptionItem::mergedKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ExceptionKind.MISSING, "1", null),
                        org.assertj.core.groups.Tuple.tuple(ExceptionKind.DIFFERENT, "2", "P-2"),
                        org.assertj.core.groups.Tuple.tuple(ExceptionKind.EXTRA, "3", "P-3"));
        assertThat(exceptions).allSatisfy(e -> {
            assertThat(e.checkId()).isEqualTo("row-council-clients");
            assertThat(e.sourceTable()).isEqualTo("CLIENTS");
            assertThat(e.mergedTable()).isEqualTo("person");
        });
    }

    @Test
    void repeatedKeysAreExceptionsToo() {
        check.run(List.of(source(1, "a"), source(1, "a")).iterator(), List.of(target(1, "P-1", "a")).iterator(),
                exceptions::add, Tolerance.ZERO);

        assertThat(exceptions).extracting(ExceptionItem::kind).containsExactly(ExceptionKind.DUPLICATE);
    }
}
