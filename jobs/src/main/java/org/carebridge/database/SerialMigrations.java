package org.carebridge.database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Holds the {@link MigrationLock} while the application's Liquibase changelog runs at start-up, so that processes
 * starting together against one new database migrate it one after the other. If the migration fails, start-up fails
 * and the process ends, which releases the lock with its session.
 */
@Component
class SerialMigrations implements BeanPostProcessor {

    private final Map<String, MigrationLock> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            held.put(beanName, MigrationLock.acquire(liquibase.getDataSource()));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        MigrationLock lock = held.remove(beanName);
        if (lock != null) {
            lock.close();
        }
        return bean;
    }
}
