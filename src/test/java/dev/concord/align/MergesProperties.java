package dev.concord.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The aligner's table asks whether a block's anchors are carried from anchors sorted out once; the answer is the same. */
class MergesProperties {

    @Property(tries = 500)
    void carriedFromIdentifyingAnchorsIsCarried(@ForAll("anchors") Set<String> own, @ForAll("anchors") Set<String> merged) {
        assertEquals(Merges.carried(own, Set.of(), merged), Merges.carried(Merges.identifying(own), merged), own + " in " + merged);
    }

    @Provide
    Arbitrary<Set<String>> anchors() {
        Arbitrary<String> anchor = Arbitraries.of("L:https://a.example", "C:x()", "K:make", "T:llm", "openai", "gpt-4", "2023", "v1.2",
                "deepseek", "M:1", "T:moe", "C:y", "claude");
        return anchor.set().ofMaxSize(8);
    }
}
