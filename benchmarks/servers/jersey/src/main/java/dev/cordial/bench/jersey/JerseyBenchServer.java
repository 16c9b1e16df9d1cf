package dev.cordial.bench.jersey;

import dev.cordial.bench.app.BenchApp;
import dev.cordial.it.jersey.JerseyServer;

/** The end-to-end benchmark's Jersey server: {@code JerseyBenchServer PORT}; benchmarks/wrk.sh runs it. */
public final class JerseyBenchServer {
    public static void main(String[] args) throws InterruptedException {
        JerseyServer server = JerseyServer.start(new BenchApp(), Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("ready " + server.baseUri());
        Thread.currentThread().join();
    }
}
