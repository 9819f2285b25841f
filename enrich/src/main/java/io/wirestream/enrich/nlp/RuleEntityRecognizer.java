package io.wirestream.enrich.nlp;

import io.wirestream.core.record.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The first entity recognizer: capitalized-word sequences typed by gazetteers, word lists and context,
 * then merged across the document.
 *
 * <ol>
 *   <li>Runs of capitalized words in a sentence (joined by "of", "&amp;", name particles and initials)
 *       are split at titles ({@code NATO Military Committee Chairman Admiral Rob Bauer} is an
 *       organization, two titles and a person; but "Ministry of Justice" holds no title) and at demonyms
 *       ({@code in Indian Wells} keeps its own; {@code a Minnesota Democrat} is a place and a party), and lose
 *       a sentence-initial stop word that opens no known name.</li>
 *   <li>Each name is typed by the first rule that applies: a personal title before it (person, even where
 *       the gazetteer knows the name as a place: {@code Mayor Durham}); a gazetteer entry (also with a
 *       possessive: {@code McDonald's}); a title before it (person); an organization or place suffix; a
 *       compass word before a known place ({@code North India}); a foreign word for a kind of place first
 *       ({@code Cerro Amarillo}); a known given name first, or a known place
 *       before a surname (person); capitals only (organization).</li>
 *   <li>Across the document: a surname alone, with or without its particle ({@code van Dijk}), or a given
 *       name only one person has, is the person named in full elsewhere ({@code Bauer} is
 *       {@code Rob Bauer}); an acronym in brackets after a name is that name; an unknown name after a
 *       noun for an organization ({@code the law firm X}), that was founded ({@code X, founded in}), where
 *       people work ({@code analysts at X}), before a role inside an organization ({@code X chief
 *       executive}), that a spokesperson speaks for, that is a rival or that owns a body ({@code X's Center on
 *       Y}) is an organization; an unknown name that
 *       speaks ({@code X said}) or follows a role word ({@code quarterback X}) is a person; an alias that
 *       only counts in context ({@code the Alliance}) needs another name of its entity.</li>
 * </ol>
 * Names it cannot type are MISC when they are more than one word or recur; otherwise they are dropped.
 */
public final class RuleEntityRecognizer implements EntityRecognizer {

    private final NameRunCollector runs;
    private final NameTyper typer;
    private final ContextTyper context;
    private final DocumentNameResolver resolver;
    private final PersonRoles roles;
    private final EntityGrouper grouper;

    public RuleEntityRecognizer(LanguageData lang, Gazetteer gazetteer) {
        KnownNames known = new KnownNames(lang, gazetteer);
        NamePartSplitter splitter = new NamePartSplitter(lang, gazetteer, known);
        this.runs = new NameRunCollector(lang, gazetteer, known, splitter);
        this.typer = new NameTyper(lang, gazetteer, known, splitter);
        this.roles = new PersonRoles(lang);
        this.context = new ContextTyper(lang, gazetteer, roles);
        this.resolver = new DocumentNameResolver(lang, gazetteer);
        this.grouper = new EntityGrouper(lang);
    }

    @Override
    public List<NamedEntity> recognize(TextDocument doc) {
        List<NameCandidate> candidates = new ArrayList<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            runs.collectRuns(doc, s, candidates);
        }
        for (NameCandidate c : candidates) {
            typer.type(doc, c);
        }
        AcronymLinker.spanAcronymDefinitions(doc, candidates);
        AcronymLinker.linkAcronyms(doc, candidates);
        context.typeByContext(doc, candidates);
        resolver.resolve(doc, candidates);
        for (NameCandidate c : candidates) {
            if (c.type == EntityType.PERSON && !c.dropped) {
                roles.appositionRoles(doc, c);
            }
        }
        return grouper.group(candidates);
    }
}
