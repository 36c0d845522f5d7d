package com.agencyos.playbook.research.adapter.persistence;

import com.agencyos.playbook.research.application.PageCache;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPageCache implements PageCache {

    private final DatabaseClient db;

    R2dbcPageCache(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<CachedPage> find(String url, Instant freshAfter) {
        return db.sql("SELECT url, final_url, html, fetched_at FROM page_cache WHERE url = :url AND fetched_at >= :after")
                .bind("url", url)
                .bind("after", freshAfter.atOffset(ZoneOffset.UTC))
                .map(row -> new CachedPage(row.get("url", String.class), row.get("final_url", String.class),
                        row.get("html", String.class), row.get("fetched_at", OffsetDateTime.class).toInstant()))
                .one();
    }

    @Override
    public Mono<Void> put(CachedPage page) {
        return db.sql("""
                INSERT INTO page_cache (url, final_url, html, fetched_at) VALUES (:url, :finalUrl, :html, :fetchedAt)
                ON CONFLICT (url) DO UPDATE SET final_url = EXCLUDED.final_url, html = EXCLUDED.html,
                                                fetched_at = EXCLUDED.fetched_at""")
                .bind("url", page.url())
                .bind("finalUrl", page.finalUrl())
                .bind("html", page.html().replace("\u0000", ""))
                .bind("fetchedAt", page.fetchedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }
}
