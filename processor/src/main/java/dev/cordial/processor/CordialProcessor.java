package dev.cordial.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Validates every {@code @AllowCredentials} and {@code @AllowWithoutCredentials} and generates one
 * {@code *_CordialFilter} per annotated resource type. Model, validate, write: {@link ResourceReader} and {@link PolicyReader}
 * build and check the model, reporting each problem at its value; {@link FilterWriter} writes
 * source. A type with any error gets no filter; the others still do.
 *
 * <p>It runs inside every javac that has it on the processor path, so it stays cheap to start: no
 * regular expressions or record {@code equals}/{@code hashCode} on the common path (each would
 * load and spin classes in a JVM that is still interpreting).
 *
 * <p>Never throws and never claims the annotation: an unexpected failure, an {@link Error}
 * included, is reported as an error on the type being processed, with its stack trace.
 */
@AutoService(Processor.class)
public final class CordialProcessor extends AbstractProcessor {

    private final Set<String> done = new HashSet<>();
    private final RouteConflicts routes = new RouteConflicts();
    /** Whether {@code @Generated} is on the compilation's platform; looked up once. */
    private Boolean generatedAvailable;
    /** javac's trees, for the cookie-read warning; made at the first resource. */
    private CredentialReads credentialReads;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Jaxrs.ALLOW_CREDENTIALS, Jaxrs.ALLOW_WITHOUT_CREDENTIALS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> resources = new LinkedHashSet<>();
        for (String name : new String[] {Jaxrs.ALLOW_CREDENTIALS, Jaxrs.ALLOW_WITHOUT_CREDENTIALS}) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation == null) {
                continue; // an annotations jar older than the processor has no @AllowWithoutCredentials
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
                if (type instanceof TypeElement te) {
                    resources.add(te);
                }
            }
        }
        for (TypeElement resource : resources) {
            if (done.add(resource.getQualifiedName().toString())) {
                processResource(resource);
            }
        }
        return false;
    }

    private void writeFilter(ResourceModel model) throws IOException {
        if (generatedAvailable == null) {
            generatedAvailable = processingEnv.getElementUtils()
                    .getTypeElement("javax.annotation.processing.Generated") != null;
        }
        FilterWriter.write(model, generatedAvailable).writeTo(processingEnv.getFiler());
    }

    private void writeManifest(ResourceModel model, TypeElement resource) throws IOException {
        String binary = processingEnv.getElementUtils().getBinaryName(resource).toString();
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                ManifestWriter.path(binary), resource);
        try (Writer out = file.openWriter()) {
            out.write(ManifestWriter.write(model, binary));
        }
    }

    private void processResource(TypeElement resource) {
        Diagnostics report = new Diagnostics(processingEnv.getMessager());
        try {
            if (credentialReads == null) {
                credentialReads = CredentialReads.of(processingEnv);
            }
            ResourceModel model = new ResourceReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
                    credentialReads).read(resource, report);
            if (model != null && routes.add(model, report)) {
                writeFilter(model);
                writeManifest(model, resource);
            }
        } catch (Throwable e) { // anything of its own, errors included: javac must report it, not exit 3
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String type = resource.getQualifiedName().toString();
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e instanceof LinkageError
                    ? Messages.incompleteProcessorPath(type, trace.toString())
                    : Messages.crash(type, trace.toString()), resource);
        }
    }
}
