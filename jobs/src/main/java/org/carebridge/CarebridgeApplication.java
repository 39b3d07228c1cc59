package org.carebridge;

import org.carebridge.cli.CarebridgeLauncher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Carebridge: moves caseloads from the council's and Oxleas' legacy systems into the merged Bexley Care model.
 * The command line ({@link CarebridgeLauncher}) decides whether and when the Spring context starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarebridgeApplication {

    public static void main(String[] args) {
        System.exit(new CarebridgeLauncher().run(args));
    }
}
