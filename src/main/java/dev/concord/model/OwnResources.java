package dev.concord.model;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * concord's own data files (compiled dictionaries, script tables), read from the jar or folder
 * its classes come from.
 *
 * <p>Not {@code ClassLoader.getResourceAsStream} for each: that asks the boot and platform class
 * loaders first, which look the name up in every module of the JDK image, ~0.5–1 ms per name in
 * the interpreter, and a one-post check reads seven names. Here the jar or folder this class came
 * from is taken from its code source, and each data file is opened there (a {@code jar:} URL
 * reuses the jar the class loader has open). When the data is not there (a class path that
 * splits classes and data), the class loader is asked after all.
 */
public final class OwnResources {
    private static volatile URL root;

    private OwnResources() {}

    /** The resource at {@code name} (a class-path path, no leading slash), or null when there is none. */
    public static InputStream open(String name) throws IOException {
        URL base = root();
        if (base != null) {
            try {
                return new URL(base, name).openStream();
            } catch (FileNotFoundException e) {
                // not beside the classes: ask the class loader below
            }
        }
        return OwnResources.class.getClassLoader().getResourceAsStream(name);
    }

    /**
     * The class-path root this class was loaded from ({@code jar:file:/…/concord.jar!/} or a
     * folder's {@code file:} URL), or null. From the class's code source, which the JVM knows
     * without a lookup: even one {@code getResource} is the first of the process here, and pays
     * for the lookup machinery (~3 ms in the interpreter).
     */
    private static URL root() throws IOException {
        URL r = root;
        if (r == null) {
            java.security.CodeSource source = OwnResources.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) return null;
            String s = location.toString();
            if (s.endsWith("/")) r = location;
            else if (s.endsWith(".jar")) r = new URL("jar:" + s + "!/");
            else return null;
            root = r;
        }
        return r;
    }
}
