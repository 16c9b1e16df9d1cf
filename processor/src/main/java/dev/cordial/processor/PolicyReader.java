package dev.cordial.processor;

import dev.cordial.core.fetch.HttpMethods;
import dev.cordial.core.fetch.HttpTokens;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads one {@code @AllowCredentials} mirror into a {@link PolicyModel}, checking every value
 * against docs/spec/compile-time.md as it goes and reporting each problem at the array element that causes it.
 */
final class PolicyReader {

    private static final int CHROMIUM_MAX_AGE = 7200;
    private static final int FIREFOX_MAX_AGE = 86400;

    private final AnnotationMirror mirror;
    private final Element element;
    private final Diagnostics report;
    private final boolean credentials;
    private boolean clean = true;
    /** Whether {@code origins} names a valid {@code http://} origin outside loopback. */
    private boolean sawCleartext;

    private PolicyReader(AnnotationMirror mirror, Element element, Diagnostics report) {
        this.mirror = mirror;
        this.element = element;
        this.report = report;
        this.credentials = Jaxrs.credentialed(mirror);
    }

    /**
     * @param served the HTTP methods the annotated code serves: the default for {@code methods},
     *     and what an explicit {@code methods} is checked against
     * @return the policy, or {@code null} if any value was an error (each already reported)
     */
    static PolicyModel read(AnnotationMirror mirror, Element element, List<String> served, Diagnostics report) {
        return new PolicyReader(mirror, element, report).read(served);
    }

    private PolicyModel read(List<String> served) {
        AnnotationValue optOut = single("dangerouslyAllowCleartextOrigins");
        boolean allowCleartext = optOut != null && Boolean.TRUE.equals(optOut.getValue());
        List<String> origins = origins(allowCleartext);
        AnnotationValue propertyValue = single("originsProperty");
        String originsProperty = propertyValue == null ? "" : String.valueOf(propertyValue.getValue()).strip();
        if (allowCleartext && !sawCleartext && originsProperty.isEmpty()) {
            warning(Messages.cleartextOptOutUnused(), optOut);
        }
        if (list("origins").isEmpty() && originsProperty.isEmpty()) {
            error(Messages.noOrigins(), single("origins"));
        }
        if (origins.contains("*") && (list("origins").size() > 1 || !originsProperty.isEmpty())) {
            error(Messages.anyOriginNotAlone(), single("origins"));
        }
        List<String> methods = methods(served);
        List<String> allowHeaders = headers("allowHeaders");
        List<String> exposeHeaders = headers("exposeHeaders");
        int maxAge = maxAge();
        AnnotationValue isolationValue = single("isolation");
        String isolation = isolationValue == null ? "APPLICATION"
                : isolationValue.getValue() instanceof Element constant ? constant.getSimpleName().toString()
                : String.valueOf(isolationValue.getValue());
        if (!clean) {
            return null;
        }
        return new PolicyModel(element, origins, originsProperty, methods.isEmpty() ? List.copyOf(served) : methods,
                allowHeaders, exposeHeaders, maxAge, allowCleartext, credentials, isolation);
    }

    /**
     * @param allowCleartext {@code dangerouslyAllowCleartextOrigins}: a non-loopback {@code http://}
     *     origin is then a warning instead of an error
     */
    private List<String> origins(boolean allowCleartext) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotationValue item : list("origins")) {
            String origin = String.valueOf(item.getValue());
            if (origin.equals("*") && !credentials) {
                if (seen.add(origin)) {
                    out.add(origin);
                }
                continue;
            }
            OriginSyntax.Verdict verdict = OriginSyntax.checkConfigured(origin);
            if (!verdict.valid()) {
                error(Messages.origin(origin, verdict.message()), item);
                continue;
            }
            if (!seen.add(origin)) {
                warning(Messages.duplicate("origins", origin, false), item);
                continue;
            }
            if (credentials && verdict.origin().scheme().equals("http") && !OriginSyntax.isLoopback(verdict.origin())) {
                sawCleartext = true;
                if (!allowCleartext) {
                    error(Messages.cleartextOrigin(origin), item);
                    continue;
                }
                warning(Messages.toleratedCleartextOrigin(origin), item);
            }
            out.add(origin);
        }
        return List.copyOf(out);
    }

    private List<String> methods(List<String> served) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue item : list("methods")) {
            String method = String.valueOf(item.getValue());
            String upper = method.toUpperCase(Locale.ROOT);
            if (method.equals("*")) {
                error(Messages.methodStar(credentials), item);
            } else if (HttpTokens.FORBIDDEN_METHODS.contains(upper)) {
                error(Messages.forbiddenMethod(method), item);
            } else if (!HttpTokens.isToken(method)) {
                error(Messages.notAToken("methods", method), item);
            } else if (!method.equals(upper) && HttpTokens.STANDARD_METHODS.contains(upper)) {
                error(Messages.methodCase(method, upper), item);
            } else if (out.contains(method)) {
                warning(Messages.duplicate("methods", method, false), item);
            } else {
                if (!isServed(method, served)) {
                    warning(Messages.methodNotServed(method, served), item);
                }
                out.add(method);
            }
        }
        return List.copyOf(out);
    }

    /** HEAD is served wherever GET is, and Jakarta REST answers OPTIONS on every resource. */
    private static boolean isServed(String method, List<String> served) {
        return HttpMethods.covers(served, method) || method.equals("OPTIONS");
    }

    private List<String> headers(String attribute) {
        boolean expose = attribute.equals("exposeHeaders");
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AnnotationValue item : list(attribute)) {
            String header = String.valueOf(item.getValue());
            String lower = header.toLowerCase(Locale.ROOT);
            if (header.equals("*") && credentials) {
                error(Messages.headerStar(attribute), item);
            } else if (header.equals("*")) {
                if (seen.add(header)) {
                    out.add(header); // without credentials, "any": Authorization still has to be named
                } else {
                    warning(Messages.duplicate(attribute, header, false), item);
                }
            } else if (!HttpTokens.isToken(header)) {
                error(Messages.notAToken(attribute, header), item);
            } else if (HttpTokens.isCorsProtocolHeader(header)) {
                error(Messages.corsProtocolHeader(attribute, header), item);
            } else if (expose && (lower.equals("set-cookie") || lower.equals("set-cookie2"))) {
                error(Messages.exposeSetCookie(header), item);
            } else if (!seen.add(lower)) {
                warning(Messages.duplicate(attribute, header, true), item);
            } else {
                if (!expose && HttpTokens.isForbiddenRequestHeader(header)) {
                    warning(Messages.forbiddenRequestHeader(header), item);
                } else if (expose && HttpTokens.SAFELISTED_RESPONSE_HEADERS.contains(lower)) {
                    warning(Messages.safelistedResponseHeader(header), item);
                }
                out.add(header);
            }
        }
        return List.copyOf(out);
    }

    private int maxAge() {
        AnnotationValue value = single("maxAge");
        if (value == null || !(value.getValue() instanceof Number n)) {
            return -1;
        }
        int maxAge = n.intValue();
        if (maxAge < -1) {
            error(Messages.maxAgeBelowMinusOne(maxAge), value);
        } else if (maxAge > FIREFOX_MAX_AGE) {
            warning(Messages.maxAgeAboveCaps(maxAge), value);
        } else if (maxAge > CHROMIUM_MAX_AGE) {
            warning(Messages.maxAgeAboveChromiumCap(maxAge), value);
        }
        return maxAge;
    }

    private void error(String message, AnnotationValue value) {
        clean = false;
        report.error(Messages.of(credentials, message), element, mirror, value);
    }

    private void warning(String message, AnnotationValue value) {
        report.warning(Messages.of(credentials, message), element, mirror, value);
    }

    /** A value written explicitly in the annotation; defaults are absent. */
    private AnnotationValue single(String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<AnnotationValue> list(String name) {
        AnnotationValue value = single(name);
        if (value == null || !(value.getValue() instanceof List<?>)) {
            return List.of();
        }
        return (List<AnnotationValue>) value.getValue();
    }
}
