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
 * the interpreter, and a one-post check reads seven names. Here one lookup finds this class's own
 * file, and each data file is opened beside it (a {@code jar:} URL reuses the jar the class
 * loader has open). When the data is not beside the classes (a class path that splits them), the
 * class loader is asked after all.
 */
public final class OwnResources {
    private static final String SELF = OwnResources.class.getName().replace('.', '/') + ".class";
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

    /** The class-path root this class was loaded from ({@code jar:file:/…/concord.jar!/} or a folder), or null. */
    private static URL root() throws IOException {
        URL r = root;
        if (r == null) {
            URL self = OwnResources.class.getClassLoader().getResource(SELF);
            if (self == null) return null;
            String s = self.toString();
            if (!s.endsWith(SELF)) return null;
            root = r = new URL(s.substring(0, s.length() - SELF.length()));
        }
        return r;
    }
}
