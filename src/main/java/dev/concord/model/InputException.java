package dev.concord.model;

/**
 * Unusable input (bad UTF-8, malformed YAML, missing glossary, unknown option…). The CLI prints
 * {@link #getMessage()} as one line on stderr and exits 2; never a stack trace.
 */
public class InputException extends RuntimeException {
    private final String file;
    private final int line;

    /** @param file root-relative or given path, or null; @param line 1-based, or 0 when unknown */
    public InputException(String file, int line, String what) {
        super(format(file, line, what));
        this.file = file;
        this.line = line;
    }

    public InputException(String file, int line, String what, Throwable cause) {
        super(format(file, line, what), cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /**
     * The operating system's reason for an I/O error ("No space left on device", "permission
     * denied"), never a Java class name: what the one line on stderr shows after the path.
     */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NotDirectoryException) return "not a directory";
        if (e instanceof java.nio.file.FileSystemLoopException) return "symbolic link loop";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    private static String format(String file, int line, String what) {
        if (file == null) return what;
        return line > 0 ? file + ":" + line + ": " + what : file + ": " + what;
    }
}
