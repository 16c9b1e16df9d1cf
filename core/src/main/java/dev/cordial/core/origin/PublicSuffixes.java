package dev.cordial.core.origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The Public Suffix List snapshot shipped in this jar ({@code public-suffix-list.txt}, written by
 * {@code scripts/refresh-public-suffix-list.sh}), used to refuse patterns such as
 * {@code https://*.co.uk} or {@code https://*.github.io} whose domain anyone can register under.
 * Loaded once, on first use, by the processor and by the runtime alike.
 */
public final class PublicSuffixes {

    private static final String RESOURCE = "public-suffix-list.txt";

    private final Set<String> rules = new HashSet<>();
    private final Set<String> wildcardParents = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    private PublicSuffixes() {}

    private static final class Holder {
        static final PublicSuffixes INSTANCE = load();
    }

    /**
     * True if {@code domain} (lowercase ASCII, no trailing dot) is itself a public suffix: listed,
     * covered by a wildcard rule and not excepted, or a single label (the list's implicit
     * {@code *} rule). {@code localhost} is the one single label treated as private: it never
     * leaves the machine.
     */
    public static boolean isPublicSuffix(String domain) {
        PublicSuffixes psl = Holder.INSTANCE;
        if (psl.exceptions.contains(domain)) {
            return false;
        }
        if (psl.rules.contains(domain)) {
            return true;
        }
        int dot = domain.indexOf('.');
        if (dot < 0) {
            return !domain.equals("localhost");
        }
        return psl.wildcardParents.contains(domain.substring(dot + 1));
    }

    /**
     * True if the list itself names {@code domain} as a public suffix (a rule, or under a wildcard
     * rule), as opposed to a single label that is one only by the implicit {@code *} rule.
     */
    public static boolean isListed(String domain) {
        PublicSuffixes psl = Holder.INSTANCE;
        int dot = domain.indexOf('.');
        return !psl.exceptions.contains(domain) && (psl.rules.contains(domain)
                || dot > 0 && psl.wildcardParents.contains(domain.substring(dot + 1)));
    }

    private static PublicSuffixes load() {
        PublicSuffixes psl = new PublicSuffixes();
        try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from cordial-core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("!")) {
                    psl.exceptions.add(line.substring(1));
                } else if (line.startsWith("*.")) {
                    psl.wildcardParents.add(line.substring(2));
                } else {
                    psl.rules.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return psl;
    }
}
