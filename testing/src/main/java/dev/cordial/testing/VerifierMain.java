package dev.cordial.testing;

import dev.cordial.core.path.PathTemplate;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...]
 * [--origin ORIGIN] [--allow-unsafe-methods] [--sample TEMPLATE=PATH]...}. Prints one line per route
 * and check, then a summary; exits 1 when a check failed, 2 on a usage error, so that a deployment
 * pipeline can gate on it.
 */
public final class VerifierMain {

    private static final String USAGE = "usage: java -jar cordial-testing-cli.jar --base-url URL --manifests PATH[,PATH...]"
            + " [--origin ORIGIN] [--allow-unsafe-methods] [--sample TEMPLATE=PATH]...\n"
            + "  PATH: a class-path directory or jar holding META-INF/cordial/routes/*.json, or a manifest file";

    private VerifierMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the verifier as {@link #main} does and returns the exit status instead of exiting. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        URI baseUrl = null;
        List<Path> manifests = new ArrayList<>();
        List<String[]> samples = new ArrayList<>();
        String origin = null;
        boolean unsafe = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--base-url" -> baseUrl = URI.create(value(args, ++i));
                    case "--manifests" -> {
                        for (String path : value(args, ++i).split(",")) {
                            manifests.add(Path.of(path));
                        }
                    }
                    case "--origin" -> origin = value(args, ++i);
                    case "--allow-unsafe-methods" -> unsafe = true;
                    case "--sample" -> samples.add(sample(value(args, ++i)));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (baseUrl == null || manifests.isEmpty()) {
                throw new IllegalArgumentException("--base-url and --manifests are required");
            }
            CordialVerifier verifier = CordialVerifier.forManifests(manifests).baseUrl(baseUrl).origin(origin);
            if (unsafe) {
                verifier.allowUnsafeMethods();
            }
            samples.forEach(s -> verifier.sample(s[0], s[1]));
            VerificationReport report = verifier.verify();
            out.println(report);
            return report.passed() ? 0 : 1;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            err.println(USAGE);
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
