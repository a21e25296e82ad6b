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

    private static String format(String file, int line, String what) {
        if (file == null) return what;
        return line > 0 ? file + ":" + line + ": " + what : file + ": " + what;
    }
}
