package dev.cordial.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@link ResourceModel} as Java source, and nothing else: one policy constant per
 * distinct {@code @AllowCredentials}, a switch from resource method to its route (paths, HTTP
 * methods, policy), and the constructor the runtime calls to bind a policy. Output depends only on the model, so builds are reproducible.
 */
final class FilterWriter {

    private static final ClassName CORDIAL_FILTER = ClassName.get("dev.cordial.runtime", "CordialFilter");
    private static final ClassName CORS_POLICY = ClassName.get("dev.cordial.runtime", "CorsPolicy");
    private static final ClassName ROUTE = ClassName.get("dev.cordial.runtime", "Route");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName ISOLATION = ClassName.get("dev.cordial", "Isolation");

    private FilterWriter() {}

    static JavaFile write(ResourceModel model, boolean generatedAvailable) {
        ClassName self = ClassName.get(model.packageName(), model.filterSimpleName());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(CORDIAL_FILTER)
                .addOriginatingElement(model.type())
                .addJavadoc(model.methods().stream().allMatch(m -> m.policy().credentials())
                        ? "CORS with credentials for {@link $L}, from its {@code @AllowCredentials} annotations.\n"
                        : "CORS for {@link $L}, from its {@code @AllowCredentials} and {@code @AllowWithoutCredentials}"
                                + " annotations.\n", model.type().getQualifiedName());
        if (generatedAvailable) {
            type.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", CordialProcessor.class.getName())
                    .build());
        }

        // A policy is shared only by the methods under the class-level annotation, as one instance:
        // by identity, which spares the record's equals and hashCode (bootstrapped at first use).
        Map<PolicyModel, String> constants = new IdentityHashMap<>();
        Set<String> names = new HashSet<>(); // not constants.values(): an identity map compares its values by identity too
        List<CodeBlock> cases = new ArrayList<>();
        for (ResourceModel.Covered covered : model.methods()) {
            String constant = constants.get(covered.policy());
            if (constant == null) {
                constant = constantName(covered, model, names);
                constants.put(covered.policy(), constant);
                names.add(constant);
                type.addField(policyField(constant, covered, model));
            }
            cases.add(CodeBlock.of("case $S -> new $T($S, $S, $L, $L);\n", covered.key(), ROUTE, covered.classPath(),
                    covered.methodPath(), constant, strings(covered.httpMethods())));
        }

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The instance {@code CordialFeature} asks for routes; it filters nothing.\n")
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(CORS_POLICY, "policy")
                .addStatement("super(policy)")
                .build());
        type.addMethod(routeFor(cases));
        type.addMethod(MethodSpec.methodBuilder("withPolicy")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(CORDIAL_FILTER)
                .addParameter(CORS_POLICY, "resolvedPolicy")
                .addStatement("return new $T(resolvedPolicy)", self)
                .build());

        return JavaFile.builder(model.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static MethodSpec routeFor(List<CodeBlock> cases) {
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (resourceMethod) {\n").indent();
        cases.forEach(body::add);
        body.add("default -> null;\n").unindent().add("};\n");
        return MethodSpec.methodBuilder("routeFor")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(ROUTE)
                .addParameter(String.class, "resourceMethod")
                .addCode(body.build())
                .build();
    }

    private static FieldSpec policyField(String name, ResourceModel.Covered covered, ResourceModel model) {
        PolicyModel policy = covered.policy();
        CodeBlock.Builder init = CodeBlock.builder().add("$T.builder()", CORS_POLICY).indent().indent();
        if (!policy.credentials()) {
            init.add("\n.withoutCredentials()");
        }
        init.add("\n.origins($L)", strings(policy.origins()));
        if (!policy.originsProperty().isEmpty()) {
            init.add("\n.originsProperty($S)", policy.originsProperty());
        }
        init.add("\n.methods($L)", strings(policy.methods()));
        if (!policy.allowHeaders().isEmpty()) {
            init.add("\n.allowHeaders($L)", strings(policy.allowHeaders()));
        }
        if (!policy.exposeHeaders().isEmpty()) {
            init.add("\n.exposeHeaders($L)", strings(policy.exposeHeaders()));
        }
        if (policy.maxAge() != -1) {
            init.add("\n.maxAge($L)", policy.maxAge());
        }
        if (policy.allowCleartext()) {
            init.add("\n.dangerouslyAllowCleartextOrigins(true)");
        }
        if (!policy.isolation().equals("APPLICATION")) {
            init.add("\n.isolation($T.$L)", ISOLATION, policy.isolation());
        }
        init.add("\n.build()").unindent().unindent();
        String annotation = policy.credentials() ? "{@code @AllowCredentials}" : "{@code @AllowWithoutCredentials}";
        String where = policy.source().equals(model.type())
                ? annotation + " on the class"
                : annotation + " on {@code " + covered.key() + "}";
        return FieldSpec.builder(CORS_POLICY, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L.\n", where) // a key may hold '$' (Map$Entry): never a format string
                .initializer(init.build())
                .build();
    }

    private static CodeBlock strings(List<String> values) {
        List<CodeBlock> blocks = new ArrayList<>();
        for (String v : values) {
            blocks.add(CodeBlock.of("$S", v));
        }
        return CodeBlock.join(blocks, ", ");
    }

    /** {@code CLASS_POLICY} for the class-level annotation, {@code REMOVE_POLICY} for method remove. */
    private static String constantName(ResourceModel.Covered covered, ResourceModel model,
            java.util.Collection<String> taken) {
        String base = covered.policy().source().equals(model.type())
                ? "CLASS"
                : upperSnake(covered.methodName());
        String name = base + "_POLICY";
        for (int i = 2; taken.contains(name); i++) {
            name = base + "_" + i + "_POLICY";
        }
        return name;
    }

    /** {@code listOrders} becomes {@code LIST_ORDERS}: an underscore before each capital that ends a lowercase run or digit. */
    private static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && c >= 'A' && c <= 'Z') {
                char prev = camel.charAt(i - 1);
                if (prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9') {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
