package dev.concord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Build tool, not part of concord: writes META-INF/concord/rules.index, one line per class
 * annotated with {@code @RuleInfo} ({@code id TAB severity TAB class}), into the classes being
 * compiled (main and test alike). The catalogue reads these lines at run time instead of listing
 * a package and reading annotations, which cost ~0.1 s of every start.
 */
@SupportedAnnotationTypes(RuleIndexProcessor.ANNOTATION)
public final class RuleIndexProcessor extends AbstractProcessor {
    static final String ANNOTATION = "dev.concord.catalogue.RuleInfo";
    static final String INDEX = "META-INF/concord/rules.index";

    private final Map<String, String> lines = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = (TypeElement) e;
                String id = null, severity = null;
                for (AnnotationMirror m : type.getAnnotationMirrors()) {
                    if (!((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(ANNOTATION)) continue;
                    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : m.getElementValues().entrySet()) {
                        String name = v.getKey().getSimpleName().toString();
                        if (name.equals("id")) id = (String) v.getValue().getValue();
                        if (name.equals("severity")) severity = v.getValue().getValue().toString();
                    }
                }
                String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
                String previous = lines.put(id, id + "\t" + severity + "\t" + binaryName);
                if (previous != null) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "two rules with the id " + id, e);
                }
            }
        }
        if (round.processingOver() && !lines.isEmpty()) write();
        return false;
    }

    private void write() {
        try {
            FileObject f = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
            try (Writer w = new java.io.OutputStreamWriter(f.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String line : lines.values()) w.write(line + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
