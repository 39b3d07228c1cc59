package org.carebridge.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the PostgreSQL database named in the URL when it does not exist yet, so that switching to
 * PostgreSQL needs nothing but the profile. It connects to the server's {@code postgres} database to do so,
 * before the application's connection pool opens.
 */
@Component
class PostgresDatabaseCreator implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabaseCreator.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            ensureExists(properties.getUrl(), properties.getUsername(), properties.getPassword());
        }
        return bean;
    }

    static void ensureExists(String url, String user, String password) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return;
        }
        String database = m.group(2);
        String maintenance = "jdbc:postgresql://" + m.group(1) + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenance, user, password == null ? "" : password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
                log.info("created PostgreSQL database {}", database);
            }
        } catch (SQLException e) {
            // Not fatal here: the pool's own connection attempt reports the problem with its context.
            log.warn("could not check or create PostgreSQL database {}: {}", database, e.getSQLState());
        }
    }
}
