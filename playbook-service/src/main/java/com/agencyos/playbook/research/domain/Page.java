package com.agencyos.playbook.research.domain;

import java.util.List;

/**
 * The readable part of one fetched HTML page.
 *
 * @param url the address the page was finally read from
 * @param htmlLang the {@code lang} attribute of the document, empty when absent
 * @param sentences the visible text split into sentences, in page order
 * @param links absolute addresses the page links to, in page order
 */
public record Page(String url, String title, String description, String htmlLang, List<String> headings,
        List<String> sentences, List<String> links) {

    public Page {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        htmlLang = htmlLang == null ? "" : htmlLang.strip();
        headings = List.copyOf(headings);
        sentences = List.copyOf(sentences);
        links = List.copyOf(links);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(s -> s.split("\\s+").length).sum();
    }

    /** Whether {@code text} appears on this page as written (in a sentence, a heading, the title or the description). */
    public boolean says(String text) {
        return title.contains(text) || description.contains(text) || headings.stream().anyMatch(h -> h.contains(text))
                || sentences.stream().anyMatch(s -> s.contains(text));
    }
}
