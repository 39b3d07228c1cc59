package org.carebridge.mappings;

import java.util.Arrays;
import java.util.List;

/** The merged organisation's service lines; a merged team covers one or more of them. */
public enum ServiceLine {
    OLDER_ADULTS,
    PHYSICAL_DISABILITY,
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    REABLEMENT;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
