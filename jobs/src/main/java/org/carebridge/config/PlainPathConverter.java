package org.carebridge.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds {@code Path} settings as plain file-system paths relative to the working directory.
 *
 * <p>Without it, a web context resolves them through the servlet resource loader, where
 * {@code ../config/reconciliation.yml} is not a valid resource and binding fails; the command
 * line and the console must read the same files.
 */
@Component
@ConfigurationPropertiesBinding
public class PlainPathConverter implements Converter<String, Path> {

    @Override
    public Path convert(String source) {
        return Path.of(source.trim());
    }
}
