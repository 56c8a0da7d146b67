package org.dossier.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Dossier;
import org.dossier.model.Provenance;
import org.dossier.nlp.actor.ActorResolver;
import org.dossier.nlp.actor.CountryPropagation;
import org.dossier.nlp.amount.AmountTagger;
import org.dossier.nlp.corenlp.CoreNlpLayer;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.entity.NerMentions;
import org.dossier.nlp.event.EventCoder;
import org.dossier.nlp.geo.GeoResolver;
import org.dossier.nlp.event.EventLexicon;
import org.dossier.nlp.output.DossierAssembler;
import org.dossier.nlp.pipeline.Deadline;
import org.dossier.nlp.pipeline.Pipeline;
import org.dossier.nlp.reference.ReferenceResolver;
import org.dossier.nlp.speech.ClaimExtractor;
import org.dossier.nlp.speech.GoalExtractor;
import org.dossier.nlp.speech.QuoteExtractor;
import org.dossier.nlp.text.ParagraphSegmenter;
import org.dossier.nlp.syntax.ClauseLayer;
import org.dossier.nlp.syntax.DependencyParser;
import org.dossier.nlp.syntax.ParseSelector;
import org.dossier.nlp.time.TimeTagger;

/** The standard pipeline; thread-safe. */
final class StandardExtractor implements Extractor {
  private final DossierConfig config;
  private final Pipeline pipeline;
  private final Provenance provenance;

  StandardExtractor(DossierConfig config) {
    this.config = config;
    KnowledgeBase kb = config.kbFiles().isEmpty() && config.petrarchActorFiles().isEmpty()
        ? KnowledgeBase.builtIn()
        : KnowledgeBase.withFiles(config.kbFiles(), config.petrarchActorFiles());
    EventLexicon lexicon = config.petrarchVerbFiles().isEmpty() ? EventLexicon.builtIn()
        : EventCoder.petrarchLexicon(config.petrarchVerbFiles());
    Pipeline.Builder builder = Pipeline.builder()
        .add(new ParagraphSegmenter())
        .add(new CoreNlpLayer(config))
        .add(new NerMentions(kb))
        .add(new TimeTagger())
        .add(new AmountTagger())
        .add(new ActorResolver(kb, org.dossier.nlp.actor.AgentDictionary.withFiles(config.petrarchAgentFiles())))
        .add(new GeoResolver(org.dossier.nlp.geo.Gazetteer::builtIn, () -> kb))
        .add(new CountryPropagation())
        .add(new org.dossier.nlp.actor.CountryEvidence(kb));
    if (!config.parse()) {
      // without --parse only the sentences that can hold an event, a quote or a goal are parsed
      builder.add(new DependencyParser(ParseSelector.withSpeechTriggers(lexicon.heads()),
          config.maxSentenceTokens()));
    }
    this.pipeline = builder
        .add(new ClauseLayer())
        .add(new ReferenceResolver())
        .add(new QuoteExtractor())
        .add(new ClaimExtractor())
        .add(new GoalExtractor())
        .add(EventCoder.create(lexicon, kb))
        .build();
    Map<String, String> models = new LinkedHashMap<>();
    models.put("corenlp", CoreNlpLayer.VERSION);
    models.put("kb", kb.asOf() == null ? "unknown" : kb.asOf());
    this.provenance = new Provenance(Version.DOSSIER, models, pipeline.componentNames(), config.describe());
  }

  @Override
  public Dossier extract(DocumentInfo document) throws InputException {
    TextChecks.check(document.id(), document.text(), config.maxTextChars());
    return Deadline.run(config.docTimeout(), document.id(), () -> assemble(pipeline.apply(Doc.of(document))));
  }

  @Override
  public Dossier assemble(Doc annotated) {
    return DossierAssembler.assemble(annotated, provenance);
  }

  @Override
  public Doc annotate(DocumentInfo document) throws InputException {
    TextChecks.check(document.id(), document.text(), config.maxTextChars());
    return Deadline.run(config.docTimeout(), document.id(), () -> pipeline.apply(Doc.of(document)));
  }

  @Override
  public DossierConfig config() {
    return config;
  }
}
