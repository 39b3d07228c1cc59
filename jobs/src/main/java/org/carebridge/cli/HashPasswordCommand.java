package org.carebridge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;

@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Reads a password (from the terminal without echo, or one line of standard input) and prints",
                "its bcrypt hash for the password-hash of a user in config/users.yml."})
class HashPasswordCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        char[] password;
        java.io.Console terminal = System.console();
        if (terminal != null) {
            password = terminal.readPassword("Password: ");
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? new char[0] : line.toCharArray();
        }
        if (password == null || password.length < 8) {
            throw new UserFacingException("a password needs at least 8 characters");
        }
        System.out.println("{bcrypt}" + new BCryptPasswordEncoder(12).encode(new String(password)));
        return CarebridgeLauncher.OK;
    }
}
