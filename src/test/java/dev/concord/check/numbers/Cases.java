package dev.concord.check.numbers;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers for the data-driven number tests (src/test/resources/numbers/*.tsv). */
final class Cases {
    private Cases() {}

    /** TSV cells cannot hold a newline; the fixtures write it as \n. */
    static String text(String cell) {
        return cell == null ? "" : cell.replace("\\n", "\n");
    }

    /** "(none)" or an empty cell is no quantity; otherwise keys separated by " ; ". */
    static String expected(String cell) {
        if (cell == null || cell.isBlank() || cell.equals("(none)")) return "";
        return cell.trim();
    }

    static String keys(List<Quantity> qs) {
        return qs.stream().map(Quantity::key).collect(Collectors.joining(" ; "));
    }

    static List<Quantity> extract(String lang, String text) {
        return switch (lang) {
            case "zh" -> ChineseNumbers.extract(text);
            case "en" -> EnglishNumbers.extract(text);
            default -> throw new IllegalArgumentException("fixture language must be zh or en: " + lang);
        };
    }
}
