package com.agencyos.playbook.account.application;

import com.agencyos.playbook.account.domain.Generator;
import com.agencyos.playbook.account.domain.PlaybookRun;
import com.agencyos.playbook.account.domain.ResearchedPlaybook;
import com.agencyos.playbook.account.domain.ResearchedPlaybookWriter;
import com.agencyos.playbook.account.domain.RunStep;
import com.agencyos.playbook.config.PlaybookProperties;
import com.agencyos.playbook.research.application.ResearchSettings;
import com.agencyos.playbook.research.application.SiteReader;
import com.agencyos.playbook.research.application.SiteResearch;
import com.agencyos.playbook.research.application.SiteResearch.SitePages;
import com.agencyos.playbook.research.domain.Fact;
import com.agencyos.playbook.research.domain.Page;
import com.agencyos.playbook.research.domain.ProspectProfile;
import com.agencyos.playbook.research.domain.SiteAnalysis;
import com.agencyos.playbook.research.domain.VendorProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Carries out one generation run step by step, saving the run after each step so its progress can be watched.
 * A failing step fails the run with the step's message and stops all further work.
 */
@Service
public class PlaybookGeneration {

    private static final Logger log = LoggerFactory.getLogger(PlaybookGeneration.class);

    private final SiteResearch research;
    private final SiteReader reader;
    private final Runs runs;
    private final Playbooks playbooks;
    private final PlaybookPublisher publisher;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final ResearchSettings settings;
    private final LlmWriter llm;

    public PlaybookGeneration(SiteResearch research, SiteReader reader, Runs runs,
            Playbooks playbooks, PlaybookPublisher publisher, TransactionalOperator tx, Clock clock,
            PlaybookProperties properties, LlmWriter llm) {
        this.llm = llm;
        this.research = research;
        this.reader = reader;
        this.runs = runs;
        this.playbooks = playbooks;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
        this.settings = properties.research().settings();
    }

    /** The pages read of both sites, and what could not be read. */
    record Read(SitePages vendor, SitePages prospect) {
    }

    /** Runs the generation to its end; the returned Mono completes when the run has succeeded or failed. */
    public Mono<PlaybookRun> execute(PlaybookRun queued) {
        AtomicReference<PlaybookRun> run = new AtomicReference<>(queued);
        String vendor = queued.vendorDomain();
        String prospect = queued.prospectDomain();
        return step(run, RunStep.validate_domains, () -> Mono.fromCallable(() -> {
            if (vendor.equals(prospect)) {
                throw new IllegalArgumentException("the vendor and the prospect are the same domain " + vendor);
            }
            return vendor + " and " + prospect + " are well-formed domains";
        }), d -> d)
                .then(step(run, RunStep.fetch_homepages, () -> Mono.zip(
                        reader.homepage(vendor, settings).onErrorMap(e -> named("vendor", vendor, e)),
                        reader.homepage(prospect, settings).onErrorMap(e -> named("prospect", prospect, e))),
                        homes -> "vendor homepage " + homes.getT1().url() + " (" + homes.getT1().links().size()
                                + " links), prospect homepage " + homes.getT2().url() + " (" + homes.getT2().links().size()
                                + " links)"))
                .flatMap(homes -> step(run, RunStep.rank_urls, () -> Mono.zip(research.rank(homes.getT1(), settings),
                                research.rank(homes.getT2(), settings)),
                        ranked -> ranked.getT1().size() + " vendor and " + ranked.getT2().size() + " prospect pages chosen")
                        .flatMap(ranked -> step(run, RunStep.fetch_pages, () -> Mono.zip(
                                        research.read(homes.getT1(), ranked.getT1(), settings),
                                        research.read(homes.getT2(), ranked.getT2(), settings)).map(r -> new Read(r.getT1(), r.getT2())),
                                read -> read.vendor().pages().size() + " vendor and " + read.prospect().pages().size()
                                        + " prospect pages read, " + (read.vendor().notes().size() + read.prospect().notes().size())
                                        + " skipped")))
                .flatMap(read -> step(run, RunStep.extract_vendor_profile,
                                () -> Mono.fromCallable(() -> SiteAnalysis.vendor(vendor, read.vendor().pages())),
                                v -> v.valuePropositions().size() + " value propositions, " + v.proof().size() + " proof points, "
                                        + v.pricingSignals().size() + " pricing signals; keyphrases " + v.keyphrases().stream().limit(5).toList())
                        .flatMap(v -> step(run, RunStep.extract_prospect_profile,
                                () -> Mono.fromCallable(() -> SiteAnalysis.prospect(prospect, read.prospect().pages())),
                                p -> "industry " + p.industry() + ", language " + p.language() + ", " + p.sizeAndGrowth().size()
                                        + " size/growth signals, " + p.hiring().size() + " hiring signals")
                                .flatMap(p -> write(run, read, v, p))))
                .onErrorResume(StepFailed.class, e -> announceTemplate(run.get()).thenReturn(run.get()));
    }

    /** A lead playbook: its waiting leads (locked against leads arriving now) are named in the announcement. */
    private Mono<Void> announceForLeads(ResearchedPlaybook written) {
        UUID id = written.playbook().id();
        return playbooks.lockAnnounced(id)
                .then(playbooks.replace(written.playbook(), written.insights(), now()))
                .then(playbooks.waitingLeads(id))
                .flatMap(waiting -> publisher.generated(written.playbook(), waiting));
    }

    /**
     * Leads never wait forever: when research of a lead playbook fails, the template playbook is announced with the
     * reason, unless it was announced already.
     */
    private Mono<Void> announceTemplate(PlaybookRun failed) {
        UUID id = failed.playbookId();
        return tx.transactional(playbooks.lockAnnounced(id).filter(announced -> !announced)
                .flatMap(notYet -> playbooks.find(failed.tenantId(), id))
                .flatMap(details -> {
                    Instant at = now();
                    var template = details.playbook().withReason("research failed: " + failed.error(), at);
                    return playbooks.replace(template, null, at).then(playbooks.waitingLeads(id))
                            .flatMap(waiting -> publisher.generated(template, waiting));
                }))
                .onErrorResume(e -> {
                    log.error("The template playbook {} could not be announced after run {} failed", id, failed.id(), e);
                    return Mono.empty();
                });
    }

    private Mono<PlaybookRun> write(AtomicReference<PlaybookRun> run, Read read, VendorProfile vendor, ProspectProfile prospect) {
        return step(run, RunStep.choose_personas, () -> Mono.fromCallable(() -> ResearchedPlaybookWriter.choosePersonas(vendor,
                        prospect)), chosen -> chosen.toString())
                .flatMap(chosen -> step(run, RunStep.write_playbook, () -> Mono.fromCallable(() -> {
                    List<String> notes = new ArrayList<>(read.vendor().notes());
                    notes.addAll(read.prospect().notes());
                    ResearchedPlaybook written = ResearchedPlaybookWriter.write(run.get().playbookId(), run.get().tenantId(),
                            vendor, prospect, chosen, notes, now());
                    checkClaims(written, read);
                    return written;
                }).flatMap(written -> !llm.enabled() ? Mono.just(written)
                        : llm.personas(run.get().tenantId(), vendor, prospect, chosen)
                                .map(personas -> written.writtenBy(Generator.llm, personas))
                                .onErrorResume(e -> Mono.just(written.withNote("llm fallback to builtin: " + message(e))))),
                        w -> w.playbook().personas().size() + " personas by " + w.playbook().generator() + ", "
                                + w.insights().claims().size() + " claims with their source pages, confidence "
                                + w.playbook().confidence()))
                .flatMap(written -> step(run, RunStep.save, () -> tx.transactional(playbooks.exists(written.playbook().id())
                                .flatMap(leadPlaybook -> leadPlaybook ? announceForLeads(written) : playbooks.addRequested(written)
                                        .then(publisher.generated(written.playbook(), List.of())))
                                .thenReturn(written)), w -> "playbook " + w.playbook().id() + " saved and announced"))
                .then(Mono.fromSupplier(() -> run.updateAndGet(r -> r.succeeded(now()))))
                .flatMap(done -> runs.save(done).thenReturn(done));
    }

    /** Output that quotes something its source page does not say fails the step: the built-in writer invents nothing. */
    static void checkClaims(ResearchedPlaybook written, Read read) {
        List<Page> pages = new ArrayList<>(read.vendor().pages());
        pages.addAll(read.prospect().pages());
        for (Fact claim : written.insights().claims()) {
            boolean found = pages.stream().anyMatch(p -> p.url().equals(claim.sourceUrl()) && p.says(claim.text()));
            if (!found) {
                throw new IllegalStateException("the playbook quotes \"" + claim.text() + "\" but " + claim.sourceUrl()
                        + " does not say it");
            }
        }
    }

    private <T> Mono<T> step(AtomicReference<PlaybookRun> run, RunStep step, Supplier<Mono<T>> work, Function<T, String> detail) {
        return Mono.defer(() -> {
            Instant started = now();
            long t0 = System.nanoTime();
            return runs.save(run.updateAndGet(r -> r.begin(step)))
                    .then(Mono.defer(work))
                    .flatMap(value -> runs.save(run.updateAndGet(r -> r.stepDone(step, started, millisSince(t0),
                            detail.apply(value)))).thenReturn(value))
                    .onErrorResume(e -> !(e instanceof StepFailed), e -> {
                        log.info("Playbook run {} failed at {}: {}", run.get().id(), step, e.getMessage());
                        return runs.save(run.updateAndGet(r -> r.stepFailed(step, started, millisSince(t0),
                                message(e), now()))).then(Mono.error(new StepFailed(e)));
                    });
        });
    }

    private static Throwable named(String side, String domain, Throwable e) {
        return new IllegalStateException(side + " domain " + domain + ": " + message(e), e);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A step has failed and recorded why; the run stops here. */
    static final class StepFailed extends RuntimeException {

        StepFailed(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
