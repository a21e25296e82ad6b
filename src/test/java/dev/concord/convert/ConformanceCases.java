package dev.concord.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** OpenCC's test cases as stored in src/test/resources/convert/opencc (README: input TAB expected, escaped). */
record ConformanceCases(String name, List<Case> cases) {
    record Case(int line, String input, String expected) {}

    /** A case that a converter got wrong. */
    record Miss(Case c, String got) {}

    static ConformanceCases read(Path file, String name) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(file + ":" + (i + 1) + ": no TAB");
            cases.add(new Case(i + 1, unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))));
        }
        return new ConformanceCases(name, cases);
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 't' -> b.append('\t');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case '\\' -> b.append('\\');
                    default -> b.append(c).append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    List<Miss> misses(UnaryOperator<String> converter) {
        List<Miss> out = new ArrayList<>();
        for (Case c : cases) {
            String got = converter.apply(c.input());
            if (!got.equals(c.expected())) out.add(new Miss(c, got));
        }
        return out;
    }

    int passed(UnaryOperator<String> converter) {
        return cases.size() - misses(converter).size();
    }
}
