package dev.concord.report;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema uses, for tests only:
 * the project takes no new dependency for it. A keyword it does not implement is an error, never
 * silently ignored, so a schema it cannot fully check makes the test fail instead of pass.
 * JSON is parsed with snakeyaml-engine (YAML 1.2 reads JSON).
 */
final class JsonSchemaValidator {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "id", "title", "description", "default", "definitions");
    private static final Set<String> KEYWORDS = Set.of("type", "$ref", "properties", "additionalProperties", "required",
            "items", "minItems", "uniqueItems", "minimum", "maximum", "pattern", "format", "enum", "anyOf", "oneOf");

    private final Map<String, Object> root;

    JsonSchemaValidator(String schemaJson) {
        this.root = asObject(parse(schemaJson));
    }

    static Object parse(String json) {
        return new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(json);
    }

    /** The violations of {@code instance}, each as "json-pointer: what"; empty when valid. */
    List<String> validate(Object instance) {
        List<String> errors = new ArrayList<>();
        check(root, instance, "", errors);
        return errors;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object value, String at, List<String> errors) {
        for (String key : schema.keySet()) {
            if (!ANNOTATIONS.contains(key) && !KEYWORDS.contains(key)) {
                throw new IllegalStateException("schema keyword not implemented: " + key + " (at " + at + ")");
            }
        }
        if (schema.containsKey("$ref")) {
            check(resolve((String) schema.get("$ref")), value, at, errors);
        }
        if (schema.containsKey("type") && !hasType(value, (String) schema.get("type"))) {
            errors.add(at + ": expected " + schema.get("type") + ", got " + describe(value));
            return;
        }
        if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> obj = (Map<String, Object>) object;
            Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (Object req : (List<Object>) schema.getOrDefault("required", List.of())) {
                if (!obj.containsKey(req)) errors.add(at + ": missing required property '" + req + "'");
            }
            Object additional = schema.get("additionalProperties");
            for (Map.Entry<String, Object> e : obj.entrySet()) {
                String child = at + "/" + e.getKey();
                if (props.containsKey(e.getKey())) {
                    check(asObject(props.get(e.getKey())), e.getValue(), child, errors);
                } else if (Boolean.FALSE.equals(additional)) {
                    errors.add(at + ": property '" + e.getKey() + "' is not allowed");
                } else if (additional instanceof Map<?, ?> extra) {
                    check((Map<String, Object>) extra, e.getValue(), child, errors);
                }
            }
        }
        if (value instanceof List<?> array) {
            if (schema.containsKey("minItems") && array.size() < ((Number) schema.get("minItems")).intValue()) {
                errors.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (Boolean.TRUE.equals(schema.get("uniqueItems")) && new HashSet<>(array).size() != array.size()) {
                errors.add(at + ": items are not unique");
            }
            if (schema.get("items") instanceof Map<?, ?> items) {
                for (int i = 0; i < array.size(); i++) check((Map<String, Object>) items, array.get(i), at + "/" + i, errors);
            }
        }
        if (value instanceof Number n) {
            BigDecimal v = new BigDecimal(n.toString());
            if (schema.containsKey("minimum") && v.compareTo(new BigDecimal(schema.get("minimum").toString())) < 0) {
                errors.add(at + ": " + n + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.containsKey("maximum") && v.compareTo(new BigDecimal(schema.get("maximum").toString())) > 0) {
                errors.add(at + ": " + n + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value instanceof String s) {
            if (schema.containsKey("pattern") && !Pattern.compile((String) schema.get("pattern")).matcher(s).find()) {
                errors.add(at + ": '" + s + "' does not match " + schema.get("pattern"));
            }
            if (schema.containsKey("format")) checkFormat((String) schema.get("format"), s, at, errors);
        }
        if (schema.containsKey("anyOf")) {
            boolean any = false;
            for (Object alt : (List<Object>) schema.get("anyOf")) any |= validAgainst(asObject(alt), value, at);
            if (!any) errors.add(at + ": matches none of anyOf");
        }
        if (schema.containsKey("oneOf")) {
            int matches = 0;
            for (Object alt : (List<Object>) schema.get("oneOf")) if (validAgainst(asObject(alt), value, at)) matches++;
            if (matches != 1) errors.add(at + ": matches " + matches + " of oneOf (exactly one required)");
        }
    }

    private boolean validAgainst(Map<String, Object> schema, Object value, String at) {
        List<String> errors = new ArrayList<>();
        check(schema, value, at, errors);
        return errors.isEmpty();
    }

    private static void checkFormat(String format, String s, String at, List<String> errors) {
        switch (format) {
            case "uri", "uri-reference" -> {
                try {
                    URI u = new URI(s);
                    if (format.equals("uri") && !u.isAbsolute()) errors.add(at + ": '" + s + "' is not an absolute URI");
                } catch (URISyntaxException e) {
                    errors.add(at + ": '" + s + "' is not a URI: " + e.getMessage());
                }
            }
            case "date-time" -> {
                try {
                    java.time.OffsetDateTime.parse(s);
                } catch (java.time.format.DateTimeParseException e) {
                    errors.add(at + ": '" + s + "' is not a date-time");
                }
            }
            default -> throw new IllegalStateException("format not implemented: " + format);
        }
    }

    private static boolean hasType(Object v, String type) {
        return switch (type) {
            case "object" -> v instanceof Map;
            case "array" -> v instanceof List;
            case "string" -> v instanceof String;
            case "boolean" -> v instanceof Boolean;
            case "null" -> v == null;
            case "integer" -> v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger;
            case "number" -> v instanceof Number;
            default -> throw new IllegalStateException("type not implemented: " + type);
        };
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName() + " " + v;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(String ref) {
        if (!ref.startsWith("#/")) throw new IllegalStateException("only local $ref is implemented: " + ref);
        Object node = root;
        for (String part : ref.substring(2).split("/")) node = ((Map<String, Object>) node).get(part);
        if (node == null) throw new IllegalStateException("unresolved $ref " + ref);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object o) {
        if (!(o instanceof Map)) throw new IllegalStateException("a schema must be an object: " + o);
        return (Map<String, Object>) o;
    }
}
