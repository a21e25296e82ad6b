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
 * <li>lambdas and method references ({@code invokedynamic} of LambdaMetafactory.metafactory)
 *     become plain classes made here (see {@link DesugarLambdas}), in the jars' classes and, with
 *     {@code -Dretarget.inPlace=dev/concord/}, in concord's own classes under OUT-DIR, rewritten
 *     in place. Why: Java 17's class-data archive does not keep the linkage of these call sites,
 *     so each start linked ~150 of them in the interpreter (docs/performance.md).</li>
 * </ul>
 *
 * usage: java -cp asm.jar [-Dretarget.only=/com/vladsch/flexmark/] [-Dretarget.inPlace=PREFIX/] RetargetClasses.java OUT-DIR JAR|CLASSPATH...
 * (a class path contributes only its jars whose path contains retarget.only)
 */
public final class RetargetClasses {
    /** Marks the classes made for lambdas: Host$$Lambda$N. */
    static final String LAMBDA_CLASS = "$$Lambda$";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String only = System.getProperty("retarget.only");
        List<URL> classPath = new ArrayList<>(List.of(out.toUri().toURL()));
        for (int i = 1; i < args.length; i++) {
            boolean isClassPath = args[i].contains(java.io.File.pathSeparator) || !args[i].endsWith(".jar");
            for (String entry : args[i].split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) classPath.add(Path.of(entry).toUri().toURL());
                if (isClassPath && (only == null || !entry.replace('\\', '/').contains(only) || !entry.endsWith(".jar"))) continue;
                rewrite(Path.of(entry), out);
            }
        }
        String inPlace = System.getProperty("retarget.inPlace");
        if (inPlace != null) rewriteInPlace(out, inPlace, classPath.toArray(URL[]::new));
    }

    private static void rewrite(Path jar, Path out) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarFile in = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                // module-info and multi-release variants are not class files of the classic class path.
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.equals("module-info.class")) continue;
                try (InputStream s = in.getInputStream(entry)) {
                    classes.put(name, s.readAllBytes());
                }
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Map<String, byte[]> rewritten = new Unit(classes, loader, jar.getFileName().toString()).rewrite();
            for (var e : rewritten.entrySet()) {
                Path target = out.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        }
    }

    /**
     * Rewrites the class files under DIR/PREFIX in place (concord's own classes: only their lambdas,
     * as javac already compiled their concatenations inline). Running it again changes nothing: no
     * LambdaMetafactory call site is left to replace.
     */
    private static void rewriteInPlace(Path dir, String prefix, URL[] classPath) throws IOException {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Path root = dir.resolve(prefix);
        if (!Files.isDirectory(root)) return;
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                classes.put(dir.relativize(f).toString().replace(java.io.File.separatorChar, '/'), Files.readAllBytes(f));
            }
        }
        // A lambda class made by an earlier run whose host javac has compiled again (its nest no
        // longer lists it) is stale: removed, so that the jar does not collect them.
        Map<String, java.util.Set<String>> members = new java.util.HashMap<>();
        for (byte[] bytes : classes.values()) {
            ClassReader reader = new ClassReader(bytes);
            java.util.Set<String> listed = new java.util.HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visitNestMember(String member) {
                    listed.add(member);
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            members.put(reader.getClassName(), listed);
        }
        for (String entry : List.copyOf(classes.keySet())) {
            String name = entry.substring(0, entry.length() - ".class".length());
            int made = name.indexOf(LAMBDA_CLASS);
            if (made < 0) continue;
            String host = new ClassReader(classes.get(entry)).getClassName();
            String[] nestHost = {host};
            new ClassReader(classes.get(entry)).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visitNestHost(String h) {
                    nestHost[0] = h;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            if (!members.getOrDefault(nestHost[0], java.util.Set.of()).contains(name)) {
                classes.remove(entry);
                Files.delete(dir.resolve(entry));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
            Map<String, byte[]> rewritten = new Unit(classes, loader, prefix).rewrite();
            for (var e : rewritten.entrySet()) {
                if (java.util.Arrays.equals(classes.get(e.getKey()), e.getValue())) continue;
                Files.write(dir.resolve(e.getKey()), e.getValue());
            }
        }
    }

    /** The classes of one jar (or folder), rewritten together: a lambda's class joins its host's nest. */
    private static final class Unit {
        private final Map<String, byte[]> classes; // entry name (a/b/C.class) -> bytes
        private final ClassLoader loader;
        private final String label;
        private final Map<String, String> nestHosts = new java.util.HashMap<>(); // internal name -> its nest host
        private final Map<String, List<String>> newMembers = new LinkedHashMap<>(); // nest host -> lambda classes
        private final Map<String, byte[]> generated = new LinkedHashMap<>();

        Unit(Map<String, byte[]> classes, ClassLoader loader, String label) {
            this.classes = classes;
            this.loader = loader;
            this.label = label;
        }

        Map<String, byte[]> rewrite() {
            for (var e : classes.entrySet()) {
                ClassReader reader = new ClassReader(e.getValue());
                String[] host = {reader.getClassName()};
                reader.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitNestHost(String nestHost) {
                        host[0] = nestHost;
                    }
                }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                nestHosts.put(reader.getClassName(), host[0]);
            }
            int raised = 0;
            int concat = 0;
            int lambdaClasses = 0;
            int copied = 0;
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (var e : classes.entrySet()) {
                byte[] bytes = e.getValue();
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
                    DesugarLambdas lambdas = new DesugarLambdas(writer, this);
                    InlineConcat rewriter = new InlineConcat(lambdas);
                    reader.accept(rewriter, 0);
                    if (rewriter.helpers.isEmpty() && lambdas.count == 0) {
                        copied++;
                    } else {
                        bytes = writer.toByteArray();
                        if (!rewriter.helpers.isEmpty()) concat++;
                        if (lambdas.count > 0) lambdaClasses++;
                    }
                }
                out.put(e.getKey(), bytes);
            }
            for (var e : newMembers.entrySet()) {
                String entry = e.getKey() + ".class";
                out.put(entry, addNestMembers(out.get(entry), e.getValue()));
            }
            for (var e : generated.entrySet()) out.put(e.getKey() + ".class", e.getValue());
            System.out.println("RetargetClasses: " + label + ": " + raised + " classes raised to Java 8 bytecode, "
                    + concat + " with string concatenation inlined, " + lambdaClasses + " with "
                    + generated.size() + " lambdas made classes, " + copied + " copied");
            return out;
        }

        private static byte[] addNestMembers(byte[] host, List<String> members) {
            ClassReader reader = new ClassReader(host);
            ClassWriter writer = new ClassWriter(reader, 0);
            java.util.Set<String> listed = new java.util.HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visitNestMember(String member) {
                    listed.add(member);
                    super.visitNestMember(member);
                }

                @Override
                public void visitEnd() {
                    for (String m : members) if (listed.add(m)) super.visitNestMember(m);
                    super.visitEnd();
                }
            }, 0);
            return writer.toByteArray();
        }
    }

    /**
     * A class visitor that may replace each invokedynamic of the class's methods with an
     * instruction of the same stack effect (so the methods' frames and maximums stay valid).
     */
    private abstract static class CallSiteRewriter extends ClassVisitor {
        String owner;
        boolean isInterface;
        int version;

        CallSiteRewriter(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        /** Emits the replacement into {@code out} and returns true, or returns false to keep the invokedynamic. */
        abstract boolean replace(MethodVisitor out, String name, String desc, Handle bsm, Object[] bsmArgs);

        @Override
        public void visit(int version, int access, String name, String sig, String sup, String[] itf) {
            this.owner = name;
            this.version = version & 0xFFFF;
            this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            super.visit(version, access, name, sig, sup, itf);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
            MethodVisitor mv = super.visitMethod(access, name, desc, sig, exceptions);
            return new MethodVisitor(Opcodes.ASM9, mv) {
                @Override
                public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... bsmArgs) {
                    if (!replace(mv, n, d, bsm, bsmArgs)) super.visitInvokeDynamicInsn(n, d, bsm, bsmArgs);
                }
            };
        }
    }

    /**
     * Replaces each StringConcatFactory invokedynamic with an invokestatic of a private static
     * method {@code concat$N} added to the class, taking the same arguments and returning
     * {@code new StringBuilder().append(part)….toString()}. One method per distinct call shape.
     */
    private static final class InlineConcat extends CallSiteRewriter {
        private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
        final Map<String, String> helpers = new LinkedHashMap<>(); // shape -> method name
        private final Map<String, List<Object>> parts = new LinkedHashMap<>();
        private final Map<String, String> descs = new LinkedHashMap<>();

        InlineConcat(ClassVisitor next) {
            super(next);
        }

        @Override
        boolean replace(MethodVisitor out, String n, String d, Handle bsm, Object[] bsmArgs) {
            List<Object> recipe = recipe(bsm, d, bsmArgs);
            if (recipe == null) return false;
            String shape = d + recipe;
            String helper = helpers.computeIfAbsent(shape, k -> "concat$" + helpers.size());
            parts.put(helper, recipe);
            descs.put(helper, d);
            out.visitMethodInsn(Opcodes.INVOKESTATIC, owner, helper, d, isInterface);
            return true;
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

    /**
     * Replaces each {@code invokedynamic} bootstrapped by {@code LambdaMetafactory.metafactory} (a
     * lambda or method reference that is not serializable, has no marker interface and no bridge)
     * with a plain class made at build time, {@code Host$$Lambda$N}: final, implementing the
     * functional interface, its captured values in fields, its one method calling the
     * implementation method as the metafactory's class would. A capturing site becomes
     * {@code invokestatic Host$$Lambda$N.create(captured…)}, a non-capturing one
     * {@code getstatic Host$$Lambda$N.INSTANCE} (the metafactory shares one instance too): the
     * same stack effect as the invokedynamic. The class joins the host's nest (NestHost and the
     * host's NestMembers), so it may call the private {@code lambda$…} methods.
     *
     * <p>Why: the first run of each such call site links it through method handles in the
     * interpreter, and Java 17's dynamic class-data archive keeps the spun classes but not the
     * linkage, so a one-post check paid for ~150 of them at every start (docs/performance.md).
     *
     * <p>Anything unusual stays an invokedynamic: class files before Java 11 (no nestmates), an
     * implementation method in another nest that is not public (a protected method of a super
     * class in another package, a {@code super::} reference), and argument or result adaptations
     * other than a cast, boxing or unboxing of the same primitive, or dropping a result.
     *
     * <p>The one difference a caller can see, besides the class's name: a NullPointerException
     * the JVM throws in the made class (unboxing null, calling on a null receiver) carries the
     * JVM's description ("Cannot invoke ... because "&lt;parameter1&gt;" is null"), where the
     * metafactory's hidden class gave none. RetargetClassesTest (src/test) checks each kind of
     * call site javac emits, for Java 11 and Java 17 class files.
     */
    private static final class DesugarLambdas extends CallSiteRewriter {
        private static final String FACTORY = "java/lang/invoke/LambdaMetafactory";
        private final Unit unit;
        int count;

        DesugarLambdas(ClassVisitor next, Unit unit) {
            super(next);
            this.unit = unit;
        }

        @Override
        boolean replace(MethodVisitor out, String n, String d, Handle bsm, Object[] bsmArgs) {
            String made = desugar(n, d, bsm, bsmArgs);
            if (made == null) return false;
            if (Type.getArgumentTypes(d).length == 0) {
                out.visitFieldInsn(Opcodes.GETSTATIC, made, "INSTANCE", Type.getReturnType(d).getDescriptor());
            } else {
                out.visitMethodInsn(Opcodes.INVOKESTATIC, made, "create", d, false);
            }
            return true;
        }

        /** The name of the class made for this call site, or null when it stays an invokedynamic. */
        private String desugar(String samName, String indyDesc, Handle bsm, Object[] bsmArgs) {
            if (!bsm.getOwner().equals(FACTORY) || !bsm.getName().equals("metafactory") || version < Opcodes.V11) return null;
            if (bsmArgs.length != 3 || !(bsmArgs[0] instanceof Type sam) || !(bsmArgs[1] instanceof Handle impl)
                    || !(bsmArgs[2] instanceof Type instantiated)) return null;
            String nestHost = unit.nestHosts.get(owner);
            if (nestHost == null || !unit.classes.containsKey(nestHost + ".class")) return null;
            if (!accessible(impl, nestHost)) return null;
            String name;
            do {
                name = owner + LAMBDA_CLASS + count++;
            } while (unit.classes.containsKey(name + ".class") || unit.generated.containsKey(name));
            byte[] bytes = lambdaClass(name, nestHost, samName, indyDesc, sam, impl, instantiated);
            if (bytes == null) {
                count--;
                return null;
            }
            unit.generated.put(name, bytes);
            unit.newMembers.computeIfAbsent(nestHost, k -> new ArrayList<>()).add(name);
            return name;
        }

        /** Whether a class of the host's nest and package may call the implementation method. */
        private boolean accessible(Handle impl, String nestHost) {
            String implOwner = impl.getOwner();
            if (nestHost.equals(unit.nestHosts.get(implOwner))) return true;
            int[] access = memberAccess(implOwner, impl.getName(), impl.getDesc());
            if (access == null || (access[1] & Opcodes.ACC_PRIVATE) != 0) return false;
            if (packageOf(implOwner).equals(packageOf(owner))) return true;
            return (access[0] & Opcodes.ACC_PUBLIC) != 0 && (access[1] & Opcodes.ACC_PUBLIC) != 0;
        }

        private static String packageOf(String internalName) {
            int slash = internalName.lastIndexOf('/');
            return slash < 0 ? "" : internalName.substring(0, slash);
        }

        /** {class access, member access} of the method as found in the class or its super types; null if not found. */
        private int[] memberAccess(String cls, String name, String desc) {
            byte[] bytes = unit.classes.get(cls + ".class");
            if (bytes == null) {
                try (InputStream s = unit.loader.getResourceAsStream(cls + ".class")) {
                    if (s == null) return null;
                    bytes = s.readAllBytes();
                } catch (IOException e) {
                    return null;
                }
            }
            ClassReader reader = new ClassReader(bytes);
            int[] found = {-1};
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String n, String d, String sig, String[] exceptions) {
                    if (n.equals(name) && d.equals(desc)) found[0] = access;
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            if (found[0] >= 0) return new int[] {reader.getAccess(), found[0]};
            if (name.equals("<init>")) return null;
            List<String> supers = new ArrayList<>();
            if (reader.getSuperName() != null) supers.add(reader.getSuperName());
            supers.addAll(List.of(reader.getInterfaces()));
            for (String s : supers) {
                int[] inherited = memberAccess(s, name, desc);
                // Called through cls: the class that must be accessible is cls, the member's own access counts.
                if (inherited != null) return new int[] {reader.getAccess(), inherited[1]};
            }
            return null;
        }

        /** The lambda's class file, or null when an adaptation is not one of the plain ones. */
        private byte[] lambdaClass(String name, String nestHost, String samName, String indyDesc, Type sam, Handle impl, Type instantiated) {
            Type[] captured = Type.getArgumentTypes(indyDesc);
            String iface = Type.getReturnType(indyDesc).getInternalName();
            int kind = impl.getTag();
            List<Type> implParams = new ArrayList<>();
            Type implReturn = Type.getReturnType(impl.getDesc());
            switch (kind) {
                case Opcodes.H_INVOKESTATIC -> { }
                case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKEINTERFACE -> implParams.add(Type.getObjectType(impl.getOwner()));
                case Opcodes.H_INVOKESPECIAL -> {
                    // javac's private instance lambda$ methods; a super:: reference cannot be called from another class.
                    if (!impl.getOwner().equals(owner)) return null;
                    implParams.add(Type.getObjectType(impl.getOwner()));
                }
                case Opcodes.H_NEWINVOKESPECIAL -> implReturn = Type.getObjectType(impl.getOwner());
                default -> {
                    return null;
                }
            }
            implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
            Type[] samParams = sam.getArgumentTypes();
            Type[] instParams = instantiated.getArgumentTypes();
            if (captured.length + samParams.length != implParams.size() || instParams.length != samParams.length) return null;

            ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
            cw.visit(version, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null, "java/lang/Object", new String[] {iface});
            cw.visitNestHost(nestHost);
            StringBuilder ctorDesc = new StringBuilder("(");
            for (int i = 0; i < captured.length; i++) {
                cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + i, captured[i].getDescriptor(), null, null).visitEnd();
                ctorDesc.append(captured[i].getDescriptor());
            }
            ctorDesc.append(")V");

            MethodVisitor m = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, samName, sam.getDescriptor(), null, null);
            m.visitCode();
            if (kind == Opcodes.H_NEWINVOKESPECIAL) {
                m.visitTypeInsn(Opcodes.NEW, impl.getOwner());
                m.visitInsn(Opcodes.DUP);
            }
            for (int i = 0; i < captured.length; i++) {
                m.visitVarInsn(Opcodes.ALOAD, 0);
                m.visitFieldInsn(Opcodes.GETFIELD, name, "arg$" + i, captured[i].getDescriptor());
                if (!convert(m, captured[i], captured[i], implParams.get(i))) return null;
            }
            int slot = 1;
            for (int j = 0; j < samParams.length; j++) {
                m.visitVarInsn(samParams[j].getOpcode(Opcodes.ILOAD), slot);
                slot += samParams[j].getSize();
                if (!convert(m, samParams[j], instParams[j], implParams.get(captured.length + j))) return null;
            }
            switch (kind) {
                case Opcodes.H_INVOKESTATIC -> m.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                case Opcodes.H_INVOKEVIRTUAL -> m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
                case Opcodes.H_INVOKEINTERFACE -> m.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
                // A private method of a nestmate is called with invokevirtual/invokeinterface since Java 11.
                case Opcodes.H_INVOKESPECIAL -> m.visitMethodInsn(isInterface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
                        impl.getOwner(), impl.getName(), impl.getDesc(), isInterface);
                default -> m.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
            }
            Type samReturn = sam.getReturnType();
            if (samReturn.getSort() == Type.VOID) {
                if (implReturn.getSort() != Type.VOID) m.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            } else {
                if (implReturn.getSort() == Type.VOID || !convert(m, implReturn, instantiated.getReturnType(), samReturn)) return null;
            }
            m.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
            m.visitMaxs(0, 0);
            m.visitEnd();

            MethodVisitor c = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc.toString(), null, null);
            c.visitCode();
            c.visitVarInsn(Opcodes.ALOAD, 0);
            c.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            slot = 1;
            for (int i = 0; i < captured.length; i++) {
                c.visitVarInsn(Opcodes.ALOAD, 0);
                c.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
                slot += captured[i].getSize();
                c.visitFieldInsn(Opcodes.PUTFIELD, name, "arg$" + i, captured[i].getDescriptor());
            }
            c.visitInsn(Opcodes.RETURN);
            c.visitMaxs(0, 0);
            c.visitEnd();

            if (captured.length == 0) {
                String fiDesc = "L" + iface + ";";
                cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, "INSTANCE", fiDesc, null, null).visitEnd();
                MethodVisitor s = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
                s.visitCode();
                s.visitTypeInsn(Opcodes.NEW, name);
                s.visitInsn(Opcodes.DUP);
                s.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "()V", false);
                s.visitFieldInsn(Opcodes.PUTSTATIC, name, "INSTANCE", fiDesc);
                s.visitInsn(Opcodes.RETURN);
                s.visitMaxs(0, 0);
                s.visitEnd();
            } else {
                MethodVisitor f = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "create", indyDesc, null, null);
                f.visitCode();
                f.visitTypeInsn(Opcodes.NEW, name);
                f.visitInsn(Opcodes.DUP);
                slot = 0;
                for (Type t : captured) {
                    f.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
                    slot += t.getSize();
                }
                f.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", ctorDesc.toString(), false);
                f.visitInsn(Opcodes.ARETURN);
                f.visitMaxs(0, 0);
                f.visitEnd();
            }
            cw.visitEnd();
            return cw.toByteArray();
        }

        /**
         * Converts the value on the stack, of type {@code from} (instantiated as {@code as}), to
         * {@code to}: a cast, boxing or unboxing of the same primitive; false for anything else.
         */
        private static boolean convert(MethodVisitor m, Type from, Type as, Type to) {
            boolean fromRef = from.getSort() >= Type.ARRAY;
            boolean toRef = to.getSort() >= Type.ARRAY;
            if (from.equals(to)) return true;
            if (fromRef && toRef) {
                if (!to.getDescriptor().equals("Ljava/lang/Object;")) m.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
                return true;
            }
            if (fromRef) { // unboxing: the instantiated type must be the wrapper of that primitive
                String wrapper = wrapper(to);
                if (wrapper == null || !(as.getInternalName().equals(wrapper) || from.getInternalName().equals(wrapper))) return false;
                m.visitTypeInsn(Opcodes.CHECKCAST, wrapper);
                m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapper, to.getClassName() + "Value", "()" + to.getDescriptor(), false);
                return true;
            }
            if (toRef) { // boxing into the wrapper (or Object)
                String wrapper = wrapper(from);
                if (wrapper == null || !(to.getInternalName().equals(wrapper) || to.getInternalName().equals("java/lang/Object"))) return false;
                m.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf", "(" + from.getDescriptor() + ")L" + wrapper + ";", false);
                return true;
            }
            return false;
        }

        private static String wrapper(Type primitive) {
            return switch (primitive.getSort()) {
                case Type.BOOLEAN -> "java/lang/Boolean";
                case Type.CHAR -> "java/lang/Character";
                case Type.BYTE -> "java/lang/Byte";
                case Type.SHORT -> "java/lang/Short";
                case Type.INT -> "java/lang/Integer";
                case Type.LONG -> "java/lang/Long";
                case Type.FLOAT -> "java/lang/Float";
                case Type.DOUBLE -> "java/lang/Double";
                default -> null;
            };
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
