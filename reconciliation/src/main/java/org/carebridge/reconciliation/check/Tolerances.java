package org.carebridge.reconciliation.check;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The tolerance for each check, by check id; a check nobody configured gets {@link Tolerance#ZERO}, so counts and
 * money must match exactly unless governance has written down otherwise in {@code config/reconciliation.yml}:
 * <pre>
 * carebridge:
 *   reconciliation:
 *     tolerances:
 *       caseload-weighted-per-team: { absolute: 0.5 }
 *       key-dates-referrals: { percent: 0.01 }
 * </pre>
 */
public final class Tolerances {

    private static final Set<String> RULE_KEYS = Set.of("absolute", "percent");

    private final Map<String, Tolerance> byCheck;

    private Tolerances(Map<String, Tolerance> byCheck) {
        this.byCheck = byCheck;
    }

    public static Tolerances none() {
        return new Tolerances(Map.of());
    }

    public static Tolerances of(Map<String, Tolerance> byCheck) {
        return new Tolerances(Map.copyOf(byCheck));
    }

    /** The tolerance configured for the check, or zero. */
    public Tolerance forCheck(String checkId) {
        return byCheck.getOrDefault(checkId, Tolerance.ZERO);
    }

    /** The configured tolerances in check-id order. */
    public Map<String, Tolerance> configured() {
        return new TreeMap<>(byCheck);
    }

    /**
     * Reads {@code carebridge.reconciliation.tolerances} from a YAML file. A missing file or section means
     * zero everywhere; a malformed entry is refused with the file, check id and key, never guessed at.
     */
    public static Tolerances load(Path yamlFile) {
        Object document;
        try (Reader in = Files.newBufferedReader(yamlFile, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (NoSuchFileException e) {
            return none();
        } catch (IOException e) {
            throw new UncheckedIOException(yamlFile + ": cannot be read", e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(yamlFile + ": not valid YAML", e);
        }
        Object section = dig(document, "carebridge", "reconciliation", "tolerances");
        if (section == null) {
            return none();
        }
        if (!(section instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException(yamlFile + ": carebridge.reconciliation.tolerances must be a map");
        }
        Map<String, Tolerance> byCheck = new TreeMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String checkId = String.valueOf(entry.getKey());
            byCheck.put(checkId, rule(yamlFile, checkId, entry.getValue()));
        }
        return of(byCheck);
    }

    private static Tolerance rule(Path file, String checkId, Object value) {
        if (!(value instanceof Map<?, ?> rule)) {
            throw new IllegalArgumentException(file + ": tolerance " + checkId
                    + " must be a map with 'absolute' and/or 'percent'");
        }
        for (Object key : rule.keySet()) {
            if (!RULE_KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(file + ": tolerance " + checkId + ": unknown key '" + key
                        + "' (expected 'absolute' and/or 'percent')");
            }
        }
        try {
            return new Tolerance(number(file, checkId, "absolute", rule.get("absolute")),
                    number(file, checkId, "percent", rule.get("percent")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": tolerance " + checkId + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal number(Path file, String checkId, String key, Object value) {
        if (value == null) {
            return null;
        }
        try {
            // via the text, so 0.1 in the file is exactly 0.1 and not the double nearest to it
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": tolerance " + checkId + ": '" + key + "' is not a number");
        }
    }

    private static Object dig(Object node, String... path) {
        Object current = node;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }
}
