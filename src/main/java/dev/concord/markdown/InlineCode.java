package dev.concord.markdown;

import dev.concord.model.Span;

/** Inline code: {@code text} is the content between the backticks; {@code span} covers all of it. */
public record InlineCode(String text, Span span) {}
