package dev.concord.corpus;

import dev.concord.model.Lang;
import java.util.Map;

/** One article: its slug and the paths of the variants that exist (root-relative). */
public record Post(String slug, Map<Lang, String> paths) {}
