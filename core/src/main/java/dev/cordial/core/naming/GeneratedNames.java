package dev.cordial.core.naming;

import java.util.List;

/**
 * The names the processor gives what it generates and the runtime and the verifier look up: the
 * filter class of a resource, the key of a resource method, the path of a policy manifest. One
 * place, so that the two sides cannot drift apart.
 */
public final class GeneratedNames {

    /** What the generated filter's simple name ends with. */
    public static final String FILTER_SUFFIX = "_CordialFilter";

    /** Where the policy manifests live in a class-output directory or a jar. */
    public static final String MANIFEST_DIRECTORY = "META-INF/cordial/routes/";

    private GeneratedNames() {}

    /**
     * The binary name of the filter generated for the type of binary name {@code binaryName} in
     * package {@code packageName}: {@code com.example.Outer$Inner} becomes
     * {@code com.example.Outer_Inner_CordialFilter}.
     */
    public static String filterName(String packageName, String binaryName) {
        return packageName.isEmpty() ? filterSimpleName(packageName, binaryName)
                : packageName + "." + filterSimpleName(packageName, binaryName);
    }

    /** {@link #filterName} without the package: {@code Outer_Inner_CordialFilter}. */
    public static String filterSimpleName(String packageName, String binaryName) {
        String local = packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1);
        return local.replace('$', '_') + FILTER_SUFFIX;
    }

    /**
     * The key the generated filter knows a resource method by: its name and its erased parameter
     * types in binary form, arrays as {@code []}: {@code remove(long[],java.lang.String)}.
     */
    public static String methodKey(String name, List<String> erasedParameterTypes) {
        return name + "(" + String.join(",", erasedParameterTypes) + ")";
    }

    /** The manifest of the annotated type of binary name {@code binaryName}. */
    public static String manifestPath(String binaryName) {
        return MANIFEST_DIRECTORY + binaryName + ".json";
    }
}
