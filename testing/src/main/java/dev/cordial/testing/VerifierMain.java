package dev.cordial.testing;

import dev.cordial.core.path.PathTemplate;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...]
 * [--origin [TEMPLATE=]ORIGIN]... [--property NAME=VALUE]... [--allow-unsafe-methods]
 * [--sample TEMPLATE=PATH]...}. Prints one line per route and check, then a summary; exits 0 when
 * every check passed, 1 when one failed, 2 on a usage error (an unknown argument, a per-route origin
 * its policy refuses, a property value the runtime would refuse), 3 when the base URL does not answer
 * at all, so that a deployment pipeline can gate on it.
 */
public final class VerifierMain {

    static final String USAGE = """
            usage: java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...] [options]
              --base-url URL             the application's base URL, where its @ApplicationPath starts
              --manifests PATH[,PATH...] class-path directories or jars holding META-INF/cordial/routes/*.json,
                                         or manifest files
              --origin TEMPLATE=ORIGIN   verify the routes of TEMPLATE (as the manifest writes it, /orders/{id})
                                         with ORIGIN, which their policy must allow; repeatable
              --origin ORIGIN            fallback for routes with no exact origin of their own, where their
                                         policy allows it
              --property NAME=VALUE      the deployment's value of originsProperty NAME (comma-separated
                                         origins); else the system property NAME, then the environment
                                         variable (cors.origins as CORS_ORIGINS) is read; repeatable
              --allow-unsafe-methods     also send the preflights of POST, PUT, DELETE, ... routes
              --sample TEMPLATE=PATH     the request path for TEMPLATE when the generated one (1, or x) does not
                                         reach it; repeatable
              --help                     this text
            exit status: 0 every check passed, 1 a check failed, 2 a usage error, 3 the base URL did not answer""";

    private static final String HINT = "usage: java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...]"
            + " [options]; --help lists them";

    private VerifierMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the verifier as {@link #main} does and returns the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        URI baseUrl = null;
        List<Path> manifests = new ArrayList<>();
        List<String[]> samples = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        boolean unsafe = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--base-url" -> baseUrl = URI.create(value(args, ++i));
                    case "--manifests" -> {
                        for (String path : value(args, ++i).split(",")) {
                            manifests.add(Path.of(path));
                        }
                    }
                    case "--origin" -> origins.add(value(args, ++i));
                    case "--property" -> properties.add(value(args, ++i));
                    case "--allow-unsafe-methods" -> unsafe = true;
                    case "--sample" -> samples.add(sample(value(args, ++i)));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (baseUrl == null || manifests.isEmpty()) {
                throw new IllegalArgumentException("--base-url and --manifests are required");
            }
            CordialVerifier verifier = CordialVerifier.forManifests(manifests).baseUrl(baseUrl);
            origins.forEach(verifier::originOption);
            properties.forEach(verifier::propertyOption);
            if (unsafe) {
                verifier.allowUnsafeMethods();
            }
            samples.forEach(s -> verifier.sample(s[0], s[1]));
            VerificationReport report = verifier.verify();
            if (!report.reached()) {
                err.println(report.failures().get(0).problem());
                return 3;
            }
            out.println(report);
            return report.passed() ? 0 : 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            err.println(HINT);
            return 2;
        }
    }
    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** {@code /items/{id: [0-9]+}=/items/7}: split at the first '=' outside braces, since a regex may hold one. */
    private static String[] sample(String arg) {
        int i = PathTemplate.indexOutsideBraces(arg, '=');
        if (i >= 0) {
            return new String[] {arg.substring(0, i), arg.substring(i + 1)};
        }
        throw new IllegalArgumentException("--sample needs TEMPLATE=PATH, got " + arg);
    }
}
