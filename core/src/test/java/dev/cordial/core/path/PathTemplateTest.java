package dev.cordial.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The template forms every module shares: canonical, as written, expanded. */
class PathTemplateTest {

    @Test
    void canonicalFormKeepsOnlyWhatDecidesMatching() {
        assertThat(PathTemplate.join("/orders/", "{id}")).isEqualTo("/orders/{}");
        assertThat(PathTemplate.join("orders", "{id: [^/]+}")).isEqualTo("/orders/{}");
        assertThat(PathTemplate.join("orders//", "/{id : [0-9]{2}}/")).isEqualTo("/orders/{[0-9]{2}}");
        assertThat(PathTemplate.normalize("")).isEqualTo("/");
    }

    @Test
    void asWrittenTrimsOuterSlashesAndKeepsParameters() {
        assertThat(PathTemplate.asWritten("/orders/", "/{id: [0-9]+}")).isEqualTo("/orders/{id: [0-9]+}");
        assertThat(PathTemplate.asWritten("orders", "")).isEqualTo("/orders");
        assertThat(PathTemplate.asWritten("//", "")).isEqualTo("/");
    }

    @Test
    void expandsEachParameterFromItsExpression() {
        assertThat(PathTemplate.expand("/items/{id: [0-9]{1,3}}/{n}", regex -> regex.startsWith("[0-9]") ? "7" : "x"))
                .isEqualTo("/items/7/x");
        assertThat(PathTemplate.expand("/items/{id}", regex -> null)).isNull();
        assertThatThrownBy(() -> PathTemplate.expand("/items/{id", regex -> "1"))
                .hasMessageContaining("unbalanced braces");
    }

    @Test
    void findsACharacterOutsideBracesOnly() {
        assertThat(PathTemplate.indexOutsideBraces("/a/{x: [a=b]{2}}=/a/1", '=')).isEqualTo(16);
        assertThat(PathTemplate.indexOutsideBraces("/a/{x=1}", '=')).isEqualTo(-1);
    }
}
