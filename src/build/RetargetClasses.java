import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run with the java source launcher, ASM on the class path): copies the classes of a
 * jar into a folder, raising class files older than Java 6 (major 50) to Java 8 (52) with
 * recomputed stack map frames. Why: CDS/AppCDS refuses pre-Java-6 class files ("Pre JDK 6 class
 * not supported by CDS: 49.0"), and picocli publishes its classes as Java 5 bytecode, so without
 * this every picocli class (about 175 per run) is parsed and verified again at every start.
 *
 * usage: java -cp asm.jar RetargetClasses.java IN.jar OUT-DIR
 */
public final class RetargetClasses {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int raised = 0;
        int copied = 0;
        try (JarFile in = new JarFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                // module-info and multi-release variants are not class files of the classic class path.
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.equals("module-info.class")) continue;
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                ClassReader reader = new ClassReader(bytes);
                int major = reader.readShort(6);
                if (major < Opcodes.V1_6) {
                    ClassWriter writer = new FramesWriter(loader);
                    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                        @Override
                        public void visit(int version, int access, String n, String sig, String sup, String[] itf) {
                            super.visit(Opcodes.V1_8, access, n, sig, sup, itf);
                        }
                    }, ClassReader.SKIP_FRAMES);
                    bytes = writer.toByteArray();
                    raised++;
                } else {
                    copied++;
                }
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        System.out.println("RetargetClasses: " + jar.getFileName() + ": " + raised + " classes raised to Java 8 bytecode, " + copied + " copied");
    }

    /** Frames need common super classes; they are looked up in the jar itself, not in this tool's class path. */
    private static final class FramesWriter extends ClassWriter {
        private final ClassLoader loader;

        FramesWriter(ClassLoader loader) {
            super(ClassWriter.COMPUTE_FRAMES);
            this.loader = loader;
        }

        @Override
        protected ClassLoader getClassLoader() {
            return loader;
        }
    }
}
