package org.carebridge.console;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's embedded users ({@code config/users.yml}, {@code carebridge.console.*}). Passwords are bcrypt
 * hashes only ({@code ./carebridge hash-password} makes one); a user marked {@code demo} signs in only while
 * {@code demo-users} is true, so a production configuration switches every demo account off at once.
 */
@ConfigurationProperties("carebridge.console")
public record ConsoleUsersProperties(Boolean demoUsers, List<User> users) {

    public ConsoleUsersProperties {
        demoUsers = demoUsers == null || demoUsers;
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param username      sign-in name; a clinical lead's is the {@code clinical-lead} of their teams in teams.yml
     * @param passwordHash  bcrypt, e.g. {@code {bcrypt}$2a$10$...}
     * @param roles         MIGRATION_OPERATOR, CLINICAL_LEAD, GOVERNANCE, ADMIN
     * @param demo          a demo-only account with a published password
     */
    public record User(String username, String passwordHash, List<String> roles, Boolean demo) {
        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            demo = demo != null && demo;
        }
    }
}
