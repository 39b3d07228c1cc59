package org.carebridge.mappings;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The values a mapping may translate into, e.g. the NHS ethnic categories or the merged teams. */
public record CodeList(String name, Set<String> values) {

    public CodeList(String name, Collection<String> values) {
        this(name, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
    }

    public boolean contains(String value) {
        return values.contains(value);
    }
}
