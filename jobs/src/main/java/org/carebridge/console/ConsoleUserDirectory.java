package org.carebridge.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carebridge.handovers.Viewer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the embedded user store from {@link ConsoleUsersProperties}, refusing anything but bcrypt hashes and
 * unknown roles at start-up (the message names the user and the rule, never a hash).
 */
final class ConsoleUserDirectory {

    private static final Set<String> ROLES = Set.of(Viewer.OPERATOR, Viewer.CLINICAL_LEAD, Viewer.GOVERNANCE,
            Viewer.ADMIN);

    private ConsoleUserDirectory() {
    }

    static InMemoryUserDetailsManager of(ConsoleUsersProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (ConsoleUsersProperties.User user : properties.users()) {
            if (user.demo() && !properties.demoUsers()) {
                continue;
            }
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalStateException("config/users.yml: a user has no username");
            }
            String hash = user.passwordHash() == null ? "" : user.passwordHash().strip();
            if (hash.matches("\\$2[aby]\\$\\d\\d\\$.{53}")) {
                hash = "{bcrypt}" + hash;
            }
            if (!hash.matches("\\{bcrypt}\\$2[aby]\\$\\d\\d\\$.{53}")) {
                throw new IllegalStateException("config/users.yml: user " + user.username()
                        + " needs a bcrypt password-hash (./carebridge hash-password makes one)");
            }
            for (String role : user.roles()) {
                if (!ROLES.contains(role)) {
                    throw new IllegalStateException("config/users.yml: user " + user.username() + " has unknown role "
                            + role + " (roles: " + String.join(", ", new java.util.TreeSet<>(ROLES)) + ")");
                }
            }
            users.add(User.withUsername(user.username()).password(hash)
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
