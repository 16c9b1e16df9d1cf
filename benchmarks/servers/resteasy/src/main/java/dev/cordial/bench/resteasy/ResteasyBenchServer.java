package dev.cordial.bench.resteasy;

import dev.cordial.bench.app.BenchApp;
import dev.cordial.it.resteasy.ResteasyServer;
import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/**
 * The end-to-end benchmark's RESTEasy server: {@code ResteasyBenchServer PORT [corsfilter]};
 * benchmarks/wrk.sh runs it. With {@code corsfilter} the application also registers RESTEasy's
 * own {@link CorsFilter} for the same origin, to compare with Cordial.
 */
public final class ResteasyBenchServer {

    /** BenchApp plus RESTEasy's CorsFilter, configured as Cordial's policy is. */
    @ApplicationPath("api")
    public static class WithCorsFilter extends BenchApp {
        @Override
        public Set<Object> getSingletons() {
            CorsFilter filter = new CorsFilter();
            filter.getAllowedOrigins().add("https://app.example.com");
            filter.setAllowCredentials(true);
            filter.setAllowedMethods("GET");
            return Set.of(filter);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        boolean corsFilter = args.length > 1 && args[1].equals("corsfilter");
        ResteasyServer server = ResteasyServer.start(corsFilter ? new WithCorsFilter() : new BenchApp(),
                Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("ready " + server.baseUri());
        Thread.currentThread().join();
    }
}
