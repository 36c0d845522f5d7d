package com.agencyos.playbook.research.adapter.http;

import com.agencyos.playbook.research.domain.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the visible text of an HTML page: navigation, footers, scripts and forms are left out. */
final class HtmlPages {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, blockquote, td, dd, figcaption, summary";

    private HtmlPages() {
    }

    static Page parse(String url, String html) {
        Document doc = Jsoup.parse(html, url);
        List<String> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String abs = a.absUrl("href");
            if (!abs.isEmpty()) {
                links.add(abs);
            }
        }
        String description = doc.select("meta[name=description]").attr("content");
        String lang = doc.select("html").attr("lang");
        String title = doc.title();
        doc.select("script, style, noscript, nav, footer, form, svg, iframe, template").remove();
        List<String> headings = doc.select("h1, h2, h3").eachText();
        Set<String> sentences = new LinkedHashSet<>();
        var blocks = doc.select(BLOCKS);
        for (Element block : blocks) {
            if (block.selectFirst(BLOCKS) != null && !block.ownText().isBlank()) {
                split(block.ownText(), sentences);
            } else if (block.selectFirst(BLOCKS) == null) {
                split(block.text(), sentences);
            }
        }
        if (sentences.isEmpty() && doc.body() != null) {
            split(doc.body().text(), sentences);
        }
        return new Page(url, title, description, lang, headings, new ArrayList<>(sentences), links);
    }

    private static void split(String text, Set<String> into) {
        for (String sentence : text.strip().split("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"“])")) {
            String s = sentence.strip();
            if (!s.isEmpty()) {
                into.add(s);
            }
        }
    }
}
