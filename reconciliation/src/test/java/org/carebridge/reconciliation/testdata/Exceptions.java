package org.carebridge.reconciliation.testdata;

import org.carebridge.legacy.SourceSystem;
import org.carebridge.reconciliation.check.ExceptionItem;
import org.carebridge.reconciliation.check.ExceptionKind;

/** Builds exception items for tests. */
public final class Exceptions {

    private final String checkId;
    private ExceptionKind kind = ExceptionKind.MISSING;
    private SourceSystem system = SourceSystem.COUNCIL;
    private String sourceTable = "CLIENTS";
    private String sourceKey = "100001";
    private String mergedTable = "person";
    private String mergedKey;
    private String detail = "no merged row carries this legacy key";

    private Exceptions(String checkId) {
        this.checkId = checkId;
    }

    public static Exceptions exceptionOf(String checkId) {
        return new Exceptions(checkId);
    }

    public Exceptions kind(ExceptionKind value) {
        kind = value;
        return this;
    }

    public Exceptions sourceKey(String value) {
        sourceKey = value;
        return this;
    }

    public Exceptions mergedKey(String value) {
        mergedKey = value;
        return this;
    }

    public Exceptions detail(String value) {
        detail = value;
        return this;
    }

    public ExceptionItem build() {
        return new ExceptionItem(checkId, kind, system, sourceTable, sourceKey, mergedTable, mergedKey, detail);
    }
}
