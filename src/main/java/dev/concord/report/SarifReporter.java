package dev.concord.report;

import dev.concord.check.CheckResult;
import dev.concord.check.Finding;
import dev.concord.check.Rule;
import dev.concord.catalogue.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SARIF 2.1.0 for code scanning: one {@code rules[]} entry per rule id with its description,
 * {@code columnKind: unicodeCodePoints} (our columns count code points), root-relative URIs,
 * and {@code partialFingerprints} that survive unrelated edits: a hash of rule, file, term and
 * the found text, plus the occurrence index of that combination, never the line number.
 */
public final class SarifReporter implements Reporter {
    private final List<Rule> rules;
    private final String version;

    public SarifReporter(List<Rule> rules, String version) {
        this.rules = rules;
        this.version = version;
    }

    @Override
    public void write(CheckResult result, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n");
        sb.append("  \"runs\": [{\n    \"tool\": {\"driver\": {\"name\": \"concord\", \"version\": ").append(Json.quote(version))
                .append(", \"informationUri\": \"https://github.com/concord/concord\", \"rules\": [");
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            sb.append(i == 0 ? "\n      " : ",\n      ");
            sb.append("{\"id\": ").append(Json.quote(r.id()))
                    .append(", \"shortDescription\": {\"text\": ").append(Json.quote(r.description())).append('}')
                    .append(", \"defaultConfiguration\": {\"level\": ").append(Json.quote(level(r.defaultSeverity()))).append("}}");
        }
        sb.append("\n    ]}},\n    \"columnKind\": \"unicodeCodePoints\",\n");
        sb.append("    \"originalUriBaseIds\": {\"SRCROOT\": {\"description\": {\"text\": \"the concord root\"}}},\n");
        sb.append("    \"results\": [");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            int ruleIndex = indexOf(f.rule());
            String key = f.rule() + "\u0000" + f.file() + "\u0000" + f.term() + "\u0000" + f.found() + "\u0000" + f.message();
            int occurrence = seen.merge(key, 1, Integer::sum);
            sb.append(i == 0 ? "\n      " : ",\n      ");
            sb.append("{\"ruleId\": ").append(Json.quote(f.rule()));
            if (ruleIndex >= 0) sb.append(", \"ruleIndex\": ").append(ruleIndex);
            sb.append(", \"level\": ").append(Json.quote(level(f.severity())))
                    .append(", \"message\": {\"text\": ").append(Json.quote(f.message())).append('}')
                    .append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ").append(Json.quote(uri(f.file())))
                    .append(", \"uriBaseId\": \"SRCROOT\"}, \"region\": {\"startLine\": ").append(f.line())
                    .append(", \"startColumn\": ").append(f.column()).append(", \"endLine\": ").append(f.endLine())
                    .append(", \"endColumn\": ").append(Math.max(f.endColumn(), f.endLine() == f.line() ? f.column() : 1))
                    .append("}}}]");
            if (!f.related().isEmpty()) {
                sb.append(", \"relatedLocations\": [");
                for (int k = 0; k < f.related().size(); k++) {
                    Finding.Location r = f.related().get(k);
                    if (k > 0) sb.append(", ");
                    sb.append("{\"id\": ").append(k).append(", \"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                            .append(Json.quote(uri(r.file()))).append(", \"uriBaseId\": \"SRCROOT\"}, \"region\": {\"startLine\": ")
                            .append(r.line()).append(", \"startColumn\": ").append(r.column()).append("}}}");
                }
                sb.append(']');
            }
            sb.append(", \"partialFingerprints\": {\"concordFingerprint/v1\": ").append(Json.quote(hash(key) + ":" + occurrence))
                    .append("}}");
        }
        sb.append(result.findings().isEmpty() ? "]\n" : "\n    ]\n").append("  }]\n}");
        out.println(sb);
        out.flush();
    }

    /**
     * A root-relative path as a relative URI reference: every byte of its UTF-8 outside RFC 3986's
     * unreserved characters and '/' percent-encoded ({@code 文章 #1.md} becomes
     * {@code %E6%96%87%E7%AB%A0%20%231.md}); SARIF requires valid URIs, and a raw '#' or '?' would
     * cut the path.
     */
    public static String uri(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (keep) sb.append((char) c);
            else sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return sb.toString();
    }

    private int indexOf(String id) {
        for (int i = 0; i < rules.size(); i++) if (rules.get(i).id().equals(id)) return i;
        return -1;
    }

    private static String level(Severity s) {
        return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "none";
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
