package org.banyan.profile.catalog;

/** A custom tag in force: its definition and the compiled expression of its current version. */
public record CustomTag(TagDefinition definition, TagExpression expression, long seq) {
}
