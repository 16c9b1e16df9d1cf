package dev.cordial.it.springboot;

import dev.cordial.it.app.BrokenConfigApps;
import dev.cordial.it.unprocessed.UnprocessedApps;
import jakarta.ws.rs.core.Application;

/**
 * A Spring Boot application Cordial must refuse, run as its own process by {@link SpringBootExitTest}:
 * {@code unprocessed} (a resource compiled without the processor) or {@code no-origin} (a policy
 * whose only origins come from a property set nowhere). An ordinary {@code main}: whatever
 * {@code SpringApplication.run} throws ends it.
 */
public final class BrokenMain {

    private BrokenMain() {}

    public static void main(String[] args) {
        Application app = switch (args[0]) {
            case "unprocessed" -> new UnprocessedApps.ClassLevel();
            case "no-origin" -> new BrokenConfigApps.NoOriginApp();
            default -> throw new IllegalArgumentException(args[0]);
        };
        SpringBootServer.start(app);
        // Reached only if Cordial failed to refuse: the web server keeps the process alive.
        System.out.println("BrokenMain: started");
    }
}
