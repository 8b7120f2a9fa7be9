package org.banyan.profile.catalog;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/tags.md is generated from the catalog and must match it. Regenerate with
 * {@code -Dbanyan.docs.write=true} after changing a built-in tag.
 */
class TagCatalogDocTest {

    private static final Path DOC = Path.of("..", "docs", "tags.md");

    @Test
    void docsTagsMdMatchesTheCatalog() throws IOException {
        String expected = TagCatalogMarkdown.render(BuiltInTags.definitions());
        if (Boolean.getBoolean("banyan.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/tags.md is generated; run this test with -Dbanyan.docs.write=true").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/tags.md is out of date; run this test with -Dbanyan.docs.write=true")
                .isEqualTo(expected);
    }
}
