package org.carebridge.cli;

import java.util.List;
import org.carebridge.CarebridgeApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application only when a command needs it (help and file-only commands don't),
 * with the command line's {@code --name=value} property overrides.
 */
public class ApplicationContextHolder implements AutoCloseable {

    private final List<String> propertyArgs;
    private ConfigurableApplicationContext context;
    private WebApplicationType webType = WebApplicationType.NONE;

    public ApplicationContextHolder(List<String> propertyArgs) {
        this.propertyArgs = List.copyOf(propertyArgs);
    }

    /** Asks for a web server when the context starts (the console); must be called before the first bean. */
    public void enableWeb() {
        if (context != null) {
            throw new IllegalStateException("the application has already started");
        }
        webType = WebApplicationType.SERVLET;
    }

    /** The {@code --name=value} overrides this process was given (for processes it starts with the same settings). */
    public List<String> propertyArgs() {
        return propertyArgs;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(CarebridgeApplication.class)
                    .web(webType)
                    .run(propertyArgs.toArray(String[]::new));
        }
        return context;
    }

    public boolean started() {
        return context != null;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
