package dev.concord.script;

import dev.concord.model.Lang;
import dev.concord.model.OwnResources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * The characters each Chinese script may use: for hans the 通用规范汉字表 (2013, 8,105
 * characters; Unihan {@code kTGH}), for hant Big5 (Unihan {@code kBigFive}). A conversion table
 * that maps a character to another does not make it foreign: 昇 (华为昇腾, Huawei Ascend) is
 * converted to 升 by OpenCC, yet it is in the 通用规范汉字表 and so legitimate in hans.
 *
 * <p>The table {@code concord/repertoire.txt} is generated from Unihan 15.0.0 by
 * {@code src/build/unihan/gen_repertoire.py} (Unicode data, Unicode License; see NOTICE).
 */
public final class Repertoire {
    public static final String RESOURCE = "concord/repertoire.txt";

    private Repertoire() {}

    private static final class Table {
        static final Map<Lang, BitSet> SETS = load();
    }

    /** The character belongs to the standard repertoire of the variant's script (hans or hant). */
    public static boolean contains(Lang variant, int cp) {
        BitSet s = Table.SETS.get(variant);
        return s != null && s.get(cp);
    }

    private static Map<Lang, BitSet> load() {
        Map<Lang, BitSet> sets = new EnumMap<>(Lang.class);
        try (InputStream in = OwnResources.open(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            BitSet current = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isEmpty()) continue;
                if (line.startsWith("[")) {
                    current = new BitSet(0x30000);
                    sets.put(Lang.parse(line.substring(1, line.indexOf(']'))), current);
                    continue;
                }
                if (current != null) line.codePoints().forEach(current::set);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }
}
