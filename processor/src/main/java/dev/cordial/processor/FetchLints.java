package dev.cordial.processor;

import dev.cordial.core.fetch.HttpTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The two Fetch-aware warnings: a request header the code reads ({@code @HeaderParam}) that
 * cross-origin scripts could not send under the policy (never the CORS protocol's own
 * {@code Origin} and {@code Access-Control-*}, which the browser sends itself and
 * {@code allowHeaders} may not name), and a non-simple {@code @Consumes} media
 * type while the policy does not allow {@code Content-Type}. Each is reported once, at the
 * {@code @HeaderParam} or {@code @Consumes} value.
 */
final class FetchLints {

    /**
     * A covered resource method: the method carrying the Jakarta REST annotations, the one whose body
     * runs (the same, or the implementation of an interface's), and its policy.
     */
    record Target(ExecutableElement annotated, ExecutableElement implementation, String name, PolicyModel policy) {}

    private final Jaxrs jaxrs;
    private final Diagnostics report;
    private final CredentialReads credentialReads;
    private final Set<Object> reported = new HashSet<>();

    FetchLints(Jaxrs jaxrs, Diagnostics report, CredentialReads credentialReads) {
        this.jaxrs = jaxrs;
        this.report = report;
        this.credentialReads = credentialReads;
    }

    void check(TypeElement type, TypeElement pathType, List<Target> targets) {
        for (Target t : targets) {
            for (VariableElement param : t.annotated().getParameters()) {
                headerParam(param, t);
                cookieParam(param, t);
            }
            consumes(t, type, pathType);
            if (!t.policy().credentials()) {
                for (String what : credentialReads.in(t.implementation())) {
                    report.warning(Messages.readsCredentials(what, t.name()), t.implementation(), null, null);
                }
            }
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            for (Target t : targets) {
                headerParam(field, t);
                cookieParam(field, t);
            }
        }
    }

    /** A {@code @CookieParam} a method without credentials reads: warned once, at its value. */
    private void cookieParam(Element element, Target target) {
        if (target.policy().credentials()) {
            return;
        }
        AnnotationMirror mirror = Jaxrs.mirror(element, Jaxrs.COOKIE_PARAM);
        AnnotationValue value = Jaxrs.value(mirror);
        if (mirror == null || !reported.add(List.of("cookie", element))) {
            return;
        }
        report.warning(Messages.readsCredentials("@CookieParam(\"" + (value == null ? "" : value.getValue()) + "\")",
                target.name()), element, mirror, value);
    }

    private void headerParam(Element element, Target target) {
        AnnotationMirror mirror = Jaxrs.mirror(element, Jaxrs.HEADER_PARAM);
        AnnotationValue value = Jaxrs.value(mirror);
        if (value == null || reported.contains(element)) {
            return;
        }
        String header = String.valueOf(value.getValue());
        String lower = header.toLowerCase(Locale.ROOT);
        if (!target.policy().credentials() && lower.equals("cookie")) {
            reported.add(element);
            report.warning(Messages.readsCredentials("@HeaderParam(\"" + header + "\")", target.name()), element, mirror,
                    value);
            return;
        }
        // Origin and Access-Control-*: the browser sends them itself, and allowHeaders may not name them.
        if (HttpTokens.SAFELISTED_REQUEST_HEADERS.contains(lower) || HttpTokens.isForbiddenRequestHeader(header)
                || HttpTokens.isCorsProtocolHeader(header) || allows(target.policy(), header)) {
            return;
        }
        reported.add(element);
        report.warning(Messages.of(target.policy().credentials(), Messages.headerParamNotSendable(header,
                target.name())), element, mirror, value);
    }

    private void consumes(Target target, TypeElement type, TypeElement pathType) {
        if (!hasEntity(target.annotated()) || allows(target.policy(), "Content-Type")) {
            return;
        }
        Element where = target.annotated();
        AnnotationMirror mirror = Jaxrs.mirror(where, Jaxrs.CONSUMES);
        for (Element fallback : new Element[] {type, pathType}) {
            if (mirror == null && fallback != null) {
                where = fallback;
                mirror = Jaxrs.mirror(fallback, Jaxrs.CONSUMES);
            }
        }
        AnnotationValue value = Jaxrs.value(mirror);
        if (value == null || !(value.getValue() instanceof List<?> items)) {
            return;
        }
        for (Object item : items) {
            AnnotationValue itemValue = (AnnotationValue) item;
            for (String part : String.valueOf(itemValue.getValue()).split(",")) {
                String mediaType = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                if (mediaType.isEmpty() || mediaType.contains("*") || HttpTokens.SIMPLE_CONTENT_TYPES.contains(mediaType)) {
                    continue;
                }
                if (reported.add(itemValue)) {
                    report.warning(Messages.of(target.policy().credentials(),
                            Messages.consumesNeedsContentType(mediaType, target.name())), where, mirror, itemValue);
                }
                break;
            }
        }
    }

    /** True if some parameter is the request entity: one without any Jakarta REST annotation. */
    private static boolean hasEntity(ExecutableElement method) {
        for (VariableElement param : method.getParameters()) {
            boolean annotated = param.getAnnotationMirrors().stream().anyMatch(a -> ((TypeElement) a.getAnnotationType()
                    .asElement()).getQualifiedName().toString().startsWith("jakarta.ws.rs."));
            if (!annotated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the policy lets scripts send {@code header}: named in {@code allowHeaders}, or, without
     * credentials, covered by {@code "*"}, which covers every name but {@code Authorization}.
     */
    private static boolean allows(PolicyModel policy, String header) {
        return containsIgnoreCase(policy.allowHeaders(), header) || !policy.credentials()
                && policy.allowHeaders().contains(HttpTokens.WILDCARD) && HttpTokens.wildcardCovers(header);
    }

    private static boolean containsIgnoreCase(List<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }
}
