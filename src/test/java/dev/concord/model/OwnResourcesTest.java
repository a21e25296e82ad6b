package dev.concord.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class OwnResourcesTest {
    /** The bytes read beside the classes are those the class loader finds under the same name. */
    @Test
    void readsWhatTheClassLoaderReads() throws Exception {
        for (String name : new String[] {"concord/script-chars.bin", "dev/concord/convert/opencc/TSCharacters.ocb"}) {
            byte[] expected;
            try (InputStream in = OwnResources.class.getClassLoader().getResourceAsStream(name)) {
                assertNotNull(in, name);
                expected = in.readAllBytes();
            }
            try (InputStream in = OwnResources.open(name)) {
                assertNotNull(in, name);
                assertArrayEquals(expected, in.readAllBytes(), name);
            }
        }
    }

    @Test
    void aMissingResourceIsNull() throws Exception {
        assertNull(OwnResources.open("concord/no-such-table.bin"));
    }
}
