package dev.concord.glossary;

/** One thing wrong with the glossary, at the line of the term it concerns. */
public record GlossaryProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
