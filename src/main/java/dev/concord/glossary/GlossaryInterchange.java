package dev.concord.glossary;

import dev.concord.model.InputException;
import dev.concord.model.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses TBX, CSV or concord's own YAML for {@code glossary import / export}. YAML import takes the
 * entries {@code glossary suggest --format yaml} writes (or another concord glossary file).
 */
public final class GlossaryInterchange {
    public enum Format { TBX, CSV, YAML }

    private GlossaryInterchange() {}

    /** By extension: .tbx / .xml → TBX, .csv → CSV, .yaml / .yml → YAML. */
    public static Format formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".tbx") || n.endsWith(".xml")) return Format.TBX;
        if (n.endsWith(".csv")) return Format.CSV;
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return Format.YAML;
        throw new InputException(fileName, 0, "unknown glossary format: expected a .tbx, .xml, .csv, .yaml or .yml file");
    }

    /** @param skipped receives one line per TBX concept that had no en / zh rendering */
    public static List<Term> read(Path path, String display, List<String> skipped) {
        return read(path, display, skipped, java.util.Map.of());
    }

    /** @param columns for CSV: concord's column name → the file's header for it (see {@link CsvGlossary#read(String, String, java.util.Map)}) */
    public static List<Term> read(Path path, String display, List<String> skipped, java.util.Map<String, String> columns) {
        Format format = formatOf(display);
        if (!columns.isEmpty() && format != Format.CSV) {
            throw new InputException(display, 0, "--columns maps the columns of a CSV file; this is " + format);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(display, 0, "cannot read: " + (Files.exists(path) ? e.getMessage() : "no such file"), e);
        }
        return switch (format) {
            case TBX -> TbxGlossary.read(bytes, display, skipped);
            case CSV -> CsvGlossary.read(SourceText.decode(display, bytes).text(), display, columns);
            case YAML -> GlossaryLoader.parse(SourceText.decode(display, bytes).text(), display);
        };
    }

    public static String write(Glossary glossary, Format format) {
        return switch (format) {
            case TBX -> TbxGlossary.write(glossary);
            case CSV -> CsvGlossary.write(glossary);
            case YAML -> GlossaryYamlWriter.write(glossary.terms());
        };
    }
}
