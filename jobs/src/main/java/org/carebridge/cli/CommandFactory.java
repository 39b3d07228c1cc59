package org.carebridge.cli;

import picocli.CommandLine;

/** Gives commands that ask for it (by constructor) the lazily started application context. */
class CommandFactory implements CommandLine.IFactory {

    private final ApplicationContextHolder holder;

    CommandFactory(ApplicationContextHolder holder) {
        this.holder = holder;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(ApplicationContextHolder.class).newInstance(holder);
        } catch (NoSuchMethodException noContextNeeded) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
