package com.agencyos.playbook.research.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.agencyos.playbook.research.domain.Page;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {

    @Test
    void readsVisibleSentencesHeadingsAndAbsoluteLinksButNotNavigationOrFooters() {
        Page page = HtmlPages.parse("https://acme.test/", """
                <html lang="en-AU"><head><title>Acme | Home</title><meta name="description" content="We sell widgets.">
                <script>var tracking = "nothing to read";</script></head><body>
                <nav><a href="/about">About us</a></nav>
                <h1>Widgets for everyone</h1>
                <p>Acme sells widgets. Over 1,200 customers use them daily! Ask for a quote.</p>
                <ul><li>Fast delivery across Australia</li></ul>
                <footer><p>© 2026 Acme. <a href="/privacy">Privacy</a></p></footer>
                </body></html>""");

        assertThat(page.title()).isEqualTo("Acme | Home");
        assertThat(page.description()).isEqualTo("We sell widgets.");
        assertThat(page.htmlLang()).isEqualTo("en-AU");
        assertThat(page.headings()).containsExactly("Widgets for everyone");
        assertThat(page.sentences()).contains("Acme sells widgets.", "Over 1,200 customers use them daily!",
                "Ask for a quote.", "Fast delivery across Australia").doesNotContain("About us");
        assertThat(String.join(" ", page.sentences())).doesNotContain("tracking", "©");
        assertThat(page.links()).containsExactly("https://acme.test/about", "https://acme.test/privacy");
    }
}
