package dev.concord.markdown;

import dev.concord.model.Span;

/**
 * A link or image target as written ({@code destination}), resolved through reference definitions
 * when it was a reference link. {@code span} covers the destination (or the label, for reference
 * links) in the source.
 */
public record Link(String destination, boolean image, Span span) {}
