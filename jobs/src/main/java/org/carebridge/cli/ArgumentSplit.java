package org.carebridge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates Spring Boot property overrides ({@code --spring.profiles.active=postgres},
 * {@code --carebridge.staging.chunk-size=500}: a dotted name with {@code =}) from the command's own
 * arguments, so that picocli never mistakes one for an unknown option and typos in options still fail.
 */
public record ArgumentSplit(List<String> propertyArgs, List<String> commandArgs) {

    private static final Pattern PROPERTY = Pattern.compile("--[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*",
            Pattern.DOTALL);

    public static ArgumentSplit of(String... args) {
        List<String> properties = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            (PROPERTY.matcher(arg).matches() ? properties : command).add(arg);
        }
        return new ArgumentSplit(List.copyOf(properties), List.copyOf(command));
    }
}
