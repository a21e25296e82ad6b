import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Build step (run with the java source launcher, ASM on the class path): copies the classes of
 * jars into a folder, rewritten where that makes concord start faster:
 * <ul>
 * <li>class files older than Java 6 (major 50) are raised to Java 8 (52) with recomputed stack map
 *     frames. Why: CDS/AppCDS refuses pre-Java-6 class files ("Pre JDK 6 class not supported by
 *     CDS: 49.0"), and picocli publishes its classes as Java 5 bytecode, so without this every
 *     picocli class (about 175 per run) is parsed and verified again at every start;</li>
 * <li>string concatenation compiled to {@code invokedynamic} (StringConcatFactory, javac's
 *     default since Java 9) becomes a call to a private static method of the same class that
 *     appends the same parts to a StringBuilder, as javac's {@code -XDstringConcat=inline} (with
 *     which concord's own classes are compiled) would have compiled it. Why: the first run of each
 *     such call site builds method handles and spins classes; flexmark (compiled for Java 11) has
 *     hundreds, and in a one-post check that bootstrapping was ~40 % of the first Markdown parse,
 *     on the critical path (docs/performance.md). The result is the same string.</li>
 * </ul>
 *
 * usage: java -cp asm.jar [-Dretarget.only=/com/vladsch/flexmark/] RetargetClasses.java OUT-DIR JAR|CLASSPATH...
 * (a class path contributes only its jars whose path contains retarget.only)
 */
public final class RetargetClasses {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String only = System.getProperty("retarget.only");
        for (int i = 1; i < args.length; i++) {
            boolean classPath = args[i].contains(java.io.File.pathSeparator) || !args[i].endsWith(".jar");
            for (String entry : args[i].split(java.io.File.pathSeparator)) {
                if (classPath && (only == null || !entry.replace('\\', '/').contains(only) || !entry.endsWith(".jar"))) continue;
                rewrite(Path.of(entry), out);
            }
        }
    }

    private static void rewrite(Path jar, Path out) throws IOException {
        int raised = 0;
        int concat = 0;
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
                    // The call replacing an invokedynamic has the same stack effect: frames and
                    // maximums of the existing methods stay valid, so the writer copies them.
                    ClassWriter writer = new ClassWriter(reader, 0);
                    InlineConcat rewriter = new InlineConcat(writer);
                    reader.accept(rewriter, 0);
                    if (rewriter.helpers.isEmpty()) {
                        copied++;
                    } else {
                        bytes = writer.toByteArray();
                        concat++;
                    }
                }
                Path target = out.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        }
        System.out.println("RetargetClasses: " + jar.getFileName() + ": " + raised + " classes raised to Java 8 bytecode, "
                + concat + " with string concatenation inlined, " + copied + " copied");
    }

    /**
     * Replaces each StringConcatFactory invokedynamic with an invokestatic of a private static
     * method {@code concat$N} added to the class, taking the same arguments and returning
     * {@code new StringBuilder().append(part)….toString()}. One method per distinct call shape.
     */
    private static final class InlineConcat extends ClassVisitor {
        private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
        final Map<String, String> helpers = new LinkedHashMap<>(); // shape -> method name
        private final Map<String, List<Object>> parts = new LinkedHashMap<>();
        private final Map<String, String> descs = new LinkedHashMap<>();
        private String owner;
        private boolean isInterface;

        InlineConcat(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String sig, String sup, String[] itf) {
            owner = name;
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            super.visit(version, access, name, sig, sup, itf);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... bsmArgs) {
                    List<Object> recipe = recipe(bsm, d, bsmArgs);
                    if (recipe == null) {
                        super.visitInvokeDynamicInsn(n, d, bsm, bsmArgs);
                        return;
                    }
                    String shape = d + recipe;
                    String helper = helpers.computeIfAbsent(shape, k -> "concat$" + helpers.size());
                    parts.put(helper, recipe);
                    descs.put(helper, d);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, helper, d, isInterface);
                }
            };
        }

        /**
         * The parts in order: an Integer is the index of an argument, a String a constant; null
         * when this is not a string concatenation javac emits.
         */
        private static List<Object> recipe(Handle bsm, String desc, Object[] bsmArgs) {
            if (!bsm.getOwner().equals(FACTORY)) return null;
            int args = Type.getArgumentTypes(desc).length;
            List<Object> out = new ArrayList<>();
            if (bsm.getName().equals("makeConcat")) {
                for (int i = 0; i < args; i++) out.add(i);
                return out;
            }
            if (!bsm.getName().equals("makeConcatWithConstants") || bsmArgs.length < 1 || !(bsmArgs[0] instanceof String r)) return null;
            int arg = 0;
            int constant = 1;
            StringBuilder literal = new StringBuilder();
            for (int k = 0; k < r.length(); k++) {
                char c = r.charAt(k);
                if (c == '\u0001' || c == '\u0002') {
                    if (literal.length() > 0) out.add(literal.toString());
                    literal.setLength(0);
                    if (c == '\u0001') {
                        out.add(arg++);
                    } else {
                        if (constant >= bsmArgs.length) return null;
                        out.add(String.valueOf(bsmArgs[constant++]));
                    }
                } else {
                    literal.append(c);
                }
            }
            if (literal.length() > 0) out.add(literal.toString());
            return arg == args ? out : null;
        }

        @Override
        public void visitEnd() {
            for (var e : descs.entrySet()) {
                String name = e.getKey();
                String desc = e.getValue();
                Type[] args = Type.getArgumentTypes(desc);
                int[] slot = new int[args.length];
                int locals = 0;
                for (int i = 0; i < args.length; i++) {
                    slot[i] = locals;
                    locals += args[i].getSize();
                }
                MethodVisitor mv = cv.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, desc, null, null);
                mv.visitCode();
                mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
                for (Object part : parts.get(name)) {
                    String appended;
                    if (part instanceof String constant) {
                        mv.visitLdcInsn(constant);
                        appended = "Ljava/lang/String;";
                    } else {
                        Type t = args[(Integer) part];
                        mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot[(Integer) part]);
                        appended = switch (t.getSort()) {
                            case Type.BOOLEAN -> "Z";
                            case Type.CHAR -> "C";
                            case Type.BYTE, Type.SHORT, Type.INT -> "I";
                            case Type.LONG -> "J";
                            case Type.FLOAT -> "F";
                            case Type.DOUBLE -> "D";
                            // String.valueOf(Object), as the concatenation does: arrays and
                            // CharSequences print as their toString(), null as "null".
                            default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
                        };
                    }
                    mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(" + appended + ")Ljava/lang/StringBuilder;", false);
                }
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
                mv.visitInsn(Opcodes.ARETURN);
                mv.visitMaxs(4, locals); // builder, its copy and a two-slot value at most
                mv.visitEnd();
            }
            super.visitEnd();
        }
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
