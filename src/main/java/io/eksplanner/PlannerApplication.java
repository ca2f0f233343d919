package io.eksplanner;

import io.eksplanner.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the EKS Network Planner service, or, given {@code check} or {@code diff}, runs that command without starting
 * Spring, a web server or a database. Public: the JVM and Spring Boot's launcher start it.
 */
@SpringBootApplication
public class PlannerApplication {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(PlannerApplication.class, args);
    }
}
