package com.agencyos.playbook.research.application;

import com.agencyos.playbook.research.domain.Page;
import com.agencyos.playbook.research.domain.RobotsRules;
import com.agencyos.playbook.research.domain.SiteUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reading half of research: a site's ranked pages fetched with bounded concurrency inside a time budget. */
@Service
public class SiteResearch {

    private final SiteReader reader;

    public SiteResearch(SiteReader reader) {
        this.reader = reader;
    }

    /** The pages worth reading on a site, best first, within the robots.txt rules of the site. */
    public Mono<List<String>> rank(Page homepage, ResearchSettings settings) {
        return reader.robots(homepage.url(), settings).onErrorReturn(RobotsRules.ALLOW_ALL)
                .map(robots -> SiteUrls.rank(homepage.url(), homepage.links(), Integer.MAX_VALUE).stream()
                        .filter(url -> robots.allows(URI.create(url).getPath()))
                        .limit(settings.topPages()).toList());
    }

    /**
     * Reads the ranked pages, at most {@code concurrency} at a time; a page that fails or is still unread when the
     * budget runs out is skipped and noted. The homepage comes first in the result, then pages in rank order.
     */
    public Mono<SitePages> read(Page homepage, List<String> ranked, ResearchSettings settings) {
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<Page> read = Collections.synchronizedList(new ArrayList<>());
        return Flux.fromIterable(ranked)
                .flatMapSequential(url -> reader.page(url, settings)
                        .doOnNext(read::add)
                        .onErrorResume(e -> {
                            notes.add("skipped " + url + ": " + e.getMessage());
                            return Mono.empty();
                        }), settings.concurrency())
                .take(settings.totalBudget())
                .then(Mono.fromSupplier(() -> {
                    List<Page> pages = new ArrayList<>();
                    pages.add(homepage);
                    synchronized (read) {
                        for (String url : ranked) {
                            read.stream().filter(p -> p.url().equals(url)).findFirst().ifPresent(pages::add);
                        }
                        read.stream().filter(p -> !pages.contains(p)).forEach(pages::add);
                    }
                    int unread = ranked.size() - (pages.size() - 1) - notes.size();
                    if (unread > 0) {
                        notes.add(unread + " page(s) not read within the " + settings.totalBudget().toSeconds() + " s budget");
                    }
                    return new SitePages(pages, List.copyOf(notes));
                }));
    }

    /** What was read of one site: the homepage first, and what could not be read. */
    public record SitePages(List<Page> pages, List<String> notes) {

        public SitePages {
            pages = List.copyOf(pages);
            notes = List.copyOf(notes);
        }
    }
}
