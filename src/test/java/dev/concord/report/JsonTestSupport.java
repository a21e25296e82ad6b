package dev.concord.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JSON for the report tests: parsed by Jackson into maps, lists, strings, numbers and booleans, and
 * validated against a JSON Schema by networknt's validator (test-scope libraries).
 */
public final class JsonTestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper LONGS = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private JsonTestSupport() {}

    /** The JSON text as plain Java values (objects keep their key order; integers as Integer where they fit). */
    static Object parse(String json) {
        return parse(MAPPER, json);
    }

    /** The same with every integer a Long. */
    public static Object parseLongs(String json) {
        return parse(LONGS, json);
    }

    private static Object parse(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage() + "\n" + json, e);
        }
    }

    /** A draft-04 schema (SARIF's) read from a file. */
    static JsonSchema schema(Path file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(Files.readString(file));
    }

    /** What is wrong with {@code value}, one line per problem ({@code $.runs[0].columnKind: …}); empty when valid. */
    static List<String> validate(JsonSchema schema, Object value) {
        return schema.validate(MAPPER.valueToTree(value)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
