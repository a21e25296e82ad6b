package dev.concord.check;

import dev.concord.markdown.Document;
import dev.concord.model.Lang;

/** One parsed variant of a post: root-relative path, language, document. */
public record Variant(Lang lang, String path, Document doc) {}
