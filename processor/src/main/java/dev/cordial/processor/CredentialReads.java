package dev.cordial.processor;

import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Where a method body reads what only credentials bring: calls to {@code getCookies()} on
 * {@code HttpHeaders}, {@code ContainerRequestContext} or a servlet request, and reads of the
 * {@code Cookie} header by name through them. Reads javac's trees ({@code com.sun.source}); where
 * they are not available (another compiler), it finds nothing, and the annotation-based checks of
 * {@link FetchLints} still run.
 */
final class CredentialReads {

    private static final Set<String> REQUEST_TYPES = Set.of("jakarta.ws.rs.core.HttpHeaders",
            "jakarta.ws.rs.container.ContainerRequestContext", "jakarta.servlet.http.HttpServletRequest");
    private static final Set<String> HEADER_GETTERS = Set.of("getHeaderString", "getRequestHeader", "getHeader",
            "getHeaders");

    private final Trees trees;

    private CredentialReads(Trees trees) {
        this.trees = trees;
    }

    /** The reader for this compilation, or one that finds nothing when javac's trees are not there. */
    static CredentialReads of(ProcessingEnvironment env) {
        try {
            return new CredentialReads(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError e) {
            return new CredentialReads(null);
        }
    }

    /** How {@code method}'s body reads credentials, one phrase per kind ("cookies from HttpHeaders"), or none. */
    List<String> in(ExecutableElement method) {
        List<String> found = new ArrayList<>();
        if (trees == null) {
            return found;
        }
        TreePath path;
        try {
            path = trees.getPath(method);
        } catch (RuntimeException e) {
            return found;
        }
        if (path == null || !(path.getLeaf() instanceof MethodTree tree) || tree.getBody() == null) {
            return found;
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                Element invoked = trees.getElement(getCurrentPath());
                if (invoked instanceof ExecutableElement called
                        && called.getEnclosingElement() instanceof TypeElement owner
                        && REQUEST_TYPES.contains(owner.getQualifiedName().toString())) {
                    String name = called.getSimpleName().toString();
                    String what = null;
                    if (name.equals("getCookies")) {
                        what = "cookies from " + owner.getSimpleName();
                    } else if (HEADER_GETTERS.contains(name) && call.getArguments().size() == 1
                            && "cookie".equals(constant(new TreePath(getCurrentPath(), call.getArguments().get(0))))) {
                        what = "the Cookie header from " + owner.getSimpleName();
                    }
                    if (what != null && !found.contains(what)) {
                        found.add(what);
                    }
                }
                return super.visitMethodInvocation(call, unused);
            }
        }.scan(new TreePath(path, tree.getBody()), null);
        return found;
    }

    /**
     * The argument as a lower-case string when it is a compile-time constant: a literal
     * ({@code "Cookie"}) or a constant field ({@code HttpHeaders.COOKIE}); else {@code null}.
     */
    private String constant(TreePath argumentPath) {
        com.sun.source.tree.Tree argument = argumentPath.getLeaf();
        if (argument instanceof LiteralTree literal) {
            return literal.getValue() instanceof String text ? text.toLowerCase(Locale.ROOT) : null;
        }
        if (argument instanceof com.sun.source.tree.IdentifierTree
                || argument instanceof com.sun.source.tree.MemberSelectTree) {
            Element element = trees.getElement(argumentPath);
            if (element instanceof javax.lang.model.element.VariableElement variable
                    && variable.getConstantValue() instanceof String text) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
