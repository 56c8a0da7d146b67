package org.dossier.nlp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of the extraction, in one typed place. Each output records
 * {@link #describe()} in its provenance.
 *
 * <p>Immutable and thread-safe.
 *
 * @param nerModel      classpath resource of the CoreNLP CRF NER model
 * @param posModel      classpath resource of the CoreNLP POS tagger model
 * @param parse         whether to parse every sentence; when false only the sentences that can hold an
 *                      event, a quote or a goal are parsed (see {@code syntax.ParseSelector})
 * @param maxTextChars  longest text accepted, in chars; longer input is rejected, not truncated
 * @param maxSentenceTokens sentences longer than this are not POS-tagged/parsed in detail
 * @param kbFiles       extra knowledge-base files, loaded after the built-in ones
 * @param petrarchActorFiles PETRARCH/Phoenix actor dictionaries read at run time into the knowledge base
 * @param petrarchVerbFiles  PETRARCH CAMEO verb dictionaries read at run time into the event lexicon
 * @param petrarchAgentFiles PETRARCH/Phoenix agents dictionaries read at run time, added to the built-in
 *                          agents table that composes "Gondor police" into {@code GONCOP}
 * @param maxTokenChars longest token the linguistic layer sees: a longer run without white space is
 *                      cut into pieces of this length (CoreNLP's NER features grow with the square
 *                      of a token's length: one 100 KB token exhausts gigabytes)
 * @param docTimeout    time budget of one document, in CPU time of the thread extracting it (so
 *                      that the result does not depend on the machine's load; ten times as much
 *                      wall time at most): past it the extraction stops at its next checkpoint and
 *                      the document fails with a one-line error; the batch goes on
 */
public record DossierConfig(
    String nerModel,
    String posModel,
    boolean parse,
    int maxTextChars,
    int maxSentenceTokens,
    List<Path> kbFiles,
    List<Path> petrarchActorFiles,
    List<Path> petrarchVerbFiles,
    List<Path> petrarchAgentFiles,
    int maxTokenChars,
    Duration docTimeout) {

  /** The 4-class CoNLL CRF: ~17k tokens/s here, against ~1.2k for CoreNLP's default fine-grained NER. */
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** CoreNLP's default English tagger. */
  public static final String LEFT3WORDS = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  /** 5 MB of text: the most one document may have. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 5_000_000;
  /** Longer than any word and most web addresses; short enough that NER features stay cheap. */
  public static final int DEFAULT_MAX_TOKEN_CHARS = 200;
  /** A 1 MB document takes a quarter of this on one core; a news article takes a fraction of a second. */
  public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(60);

  public DossierConfig {
    if (nerModel == null || nerModel.isBlank()) {
      throw new IllegalArgumentException("nerModel must be set, got: " + nerModel);
    }
    if (posModel == null || posModel.isBlank()) {
      throw new IllegalArgumentException("posModel must be set, got: " + posModel);
    }
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("maxTextChars must be positive, got: " + maxTextChars);
    }
    if (maxSentenceTokens <= 0) {
      throw new IllegalArgumentException("maxSentenceTokens must be positive, got: " + maxSentenceTokens);
    }
    if (maxTokenChars < 16) {
      throw new IllegalArgumentException("maxTokenChars must be at least 16, got: " + maxTokenChars);
    }
    if (docTimeout == null || docTimeout.isNegative() || docTimeout.isZero()) {
      throw new IllegalArgumentException("docTimeout must be positive, got: " + docTimeout);
    }
    kbFiles = List.copyOf(kbFiles == null ? List.of() : kbFiles);
    petrarchActorFiles = List.copyOf(petrarchActorFiles == null ? List.of() : petrarchActorFiles);
    petrarchVerbFiles = List.copyOf(petrarchVerbFiles == null ? List.of() : petrarchVerbFiles);
    petrarchAgentFiles = List.copyOf(petrarchAgentFiles == null ? List.of() : petrarchAgentFiles);
  }

  /** The defaults: 4-class NER, selective parsing, 5 MB limit. */
  public static DossierConfig defaults() {
    return new DossierConfig(CONLL_4CLASS, LEFT3WORDS, false, DEFAULT_MAX_TEXT_CHARS, 250, List.of(), List.of(), List.of(), List.of(),
        DEFAULT_MAX_TOKEN_CHARS, DEFAULT_DOC_TIMEOUT);
  }

  /** A copy that parses every sentence ({@code on}) or only the selected ones. */
  public DossierConfig withParse(boolean on) {
    return new DossierConfig(nerModel, posModel, on, maxTextChars, maxSentenceTokens, kbFiles, petrarchActorFiles,
        petrarchVerbFiles, petrarchAgentFiles, maxTokenChars, docTimeout);
  }

  /** A copy with extra knowledge-base files. */
  public DossierConfig withKbFiles(List<Path> files) {
    return new DossierConfig(nerModel, posModel, parse, maxTextChars, maxSentenceTokens, files, petrarchActorFiles,
        petrarchVerbFiles, petrarchAgentFiles, maxTokenChars, docTimeout);
  }

  /**
   * A copy with PETRARCH dictionaries read at run time from the user's paths: actor dictionaries
   * (into the knowledge base) and CAMEO verb dictionaries (into the event lexicon).
   */
  public DossierConfig withPetrarchDictionaries(List<Path> actorFiles, List<Path> verbFiles) {
    return withPetrarchDictionaries(actorFiles, verbFiles, petrarchAgentFiles);
  }

  /**
   * As {@link #withPetrarchDictionaries(List, List)}, with PETRARCH/Phoenix agents dictionaries too
   * ("PRESIDENT [~GOV]"), added to the built-in agents table.
   */
  public DossierConfig withPetrarchDictionaries(List<Path> actorFiles, List<Path> verbFiles, List<Path> agentFiles) {
    return new DossierConfig(nerModel, posModel, parse, maxTextChars, maxSentenceTokens, kbFiles, actorFiles,
        verbFiles, agentFiles, maxTokenChars, docTimeout);
  }

  /** A copy with another per-document time budget. */
  public DossierConfig withDocTimeout(Duration timeout) {
    return new DossierConfig(nerModel, posModel, parse, maxTextChars, maxSentenceTokens, kbFiles, petrarchActorFiles,
        petrarchVerbFiles, petrarchAgentFiles, maxTokenChars, timeout);
  }

  /** A copy with another longest token. */
  public DossierConfig withMaxTokenChars(int chars) {
    return new DossierConfig(nerModel, posModel, parse, maxTextChars, maxSentenceTokens, kbFiles, petrarchActorFiles,
        petrarchVerbFiles, petrarchAgentFiles, chars, docTimeout);
  }

  /** The settings as strings, for provenance. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nerModel", nerModel);
    m.put("posModel", posModel);
    m.put("parse", Boolean.toString(parse));
    m.put("maxTextChars", Integer.toString(maxTextChars));
    m.put("maxSentenceTokens", Integer.toString(maxSentenceTokens));
    m.put("maxTokenChars", Integer.toString(maxTokenChars));
    m.put("kbFiles", kbFiles.toString());
    if (!petrarchActorFiles.isEmpty() || !petrarchVerbFiles.isEmpty() || !petrarchAgentFiles.isEmpty()) {
      m.put("petrarchActorFiles", petrarchActorFiles.toString());
      m.put("petrarchVerbFiles", petrarchVerbFiles.toString());
      m.put("petrarchAgentFiles", petrarchAgentFiles.toString());
    }
    return m;
  }
}
