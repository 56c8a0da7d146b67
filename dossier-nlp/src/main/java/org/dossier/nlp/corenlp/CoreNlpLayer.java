package org.dossier.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.nlp.DossierConfig;
import org.dossier.nlp.doc.Dependency;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Paragraph;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.ParseRepairs;
import org.dossier.nlp.pipeline.Component;

/**
 * The linguistic layer on Stanford CoreNLP: tokens, sentences, POS, lemmas, 4-class named
 * entities and, when configured, basic Universal Dependencies.
 *
 * <p>Configured for speed: no SUTime, no numeric classifiers, no fine-grained NER, no
 * coreference (CoreNLP's statistical coreference merges distinct persons in news text and needs
 * gigabytes). A sentence of more than {@link #SENTENCE_CAP_FACTOR} times the longest tagged sentence is
 * cut into pieces ({@link SentenceCap}): NER decoding is quadratic in one sentence's length. Sentences never cross the {@link Layers#PARAGRAPHS} blocks: the text CoreNLP sees has
 * soft-wrap line breaks replaced by spaces (same length, so offsets are unchanged) and a line
 * break between every pair of blocks, with newlines as hard sentence breaks.
 *
 * <p>Models load once per JVM per configuration and are shared. Thread-safe.
 */
public final class CoreNlpLayer implements Component {
  /** CoreNLP version in use, for provenance. */
  public static final String VERSION = "4.5.10";

  /**
   * Longest sentence CoreNLP's NER decodes, as a multiple of {@link DossierConfig#maxSentenceTokens()}:
   * a longer one is cut by {@link SentenceCap} into pieces still too long to be POS-tagged or parsed.
   */
  static final int SENTENCE_CAP_FACTOR = 4;

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private final StanfordCoreNLP corenlp;
  private final boolean parse;
  private final int maxTokenChars;

  /** Builds (or reuses) the CoreNLP pipeline for {@code config}. */
  public CoreNlpLayer(DossierConfig config) {
    this.parse = config.parse();
    this.maxTokenChars = config.maxTokenChars();
    Properties props = properties(config);
    this.corenlp = PIPELINES.computeIfAbsent(props.toString(), k -> create(props));
  }

  private static StanfordCoreNLP create(Properties props) {
    RedwoodConfiguration.current().clear().apply();
    return new StanfordCoreNLP(props);
  }

  static Properties properties(DossierConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", config.parse() ? "tokenize,ssplit,sentencecap,pos,lemma,ner,depparse"
        : "tokenize,ssplit,sentencecap,pos,lemma,ner");
    p.setProperty("customAnnotatorClass.sentencecap", SentenceCap.class.getName());
    p.setProperty("sentencecap." + SentenceCap.MAX_TOKENS,
        Integer.toString(SENTENCE_CAP_FACTOR * config.maxSentenceTokens()));
    p.setProperty("tokenize.language", "en");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("pos.model", config.posModel());
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens()));
    p.setProperty("ner.model", config.nerModel());
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("depparse.extradependencies", "NONE");
    p.setProperty("depparse.maxLength", Integer.toString(config.maxSentenceTokens()));
    return p;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return parse ? Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DEPENDENCIES)
        : Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Doc apply(Doc doc) {
    String text = doc.text();
    List<Paragraph> paragraphs = doc.get(Layers.PARAGRAPHS);
    Annotation annotation = new Annotation(blockText(text, paragraphs, maxTokenChars));
    corenlp.annotate(annotation);

    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Dependency> dependencies = new ArrayList<>();
    int paragraph = 0;
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      int sentenceIndex = sentences.size();
      for (CoreLabel label : labels) {
        int b = label.beginPosition();
        int e = label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        tokens.add(new Token(tokens.size(), b, e, text.substring(b, e), label.tag(), label.lemma(), ner,
            sentenceIndex));
      }
      int begin = labels.get(0).beginPosition();
      int end = labels.get(labels.size() - 1).endPosition();
      while (paragraph < paragraphs.size() - 1 && paragraphs.get(paragraph).end() <= begin) {
        paragraph++;
      }
      boolean heading = !paragraphs.isEmpty() && paragraphs.get(paragraph).heading();
      sentences.add(new Sentence(sentenceIndex, begin, end, first, tokens.size(), paragraph, heading));
      if (parse) {
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
          int from = dependencies.size();
          for (IndexedWord root : graph.getRoots()) {
            dependencies.add(new Dependency(-1, first + root.index() - 1, "root"));
          }
          for (SemanticGraphEdge edge : graph.edgeIterable()) {
            dependencies.add(new Dependency(first + edge.getGovernor().index() - 1,
                first + edge.getDependent().index() - 1, edge.getRelation().toString()));
          }
          ParseRepairs.repair(tokens, dependencies, from);
        }
      }
    }
    Doc out = doc.with(Layers.TOKENS, List.copyOf(tokens)).with(Layers.SENTENCES, List.copyOf(sentences));
    return parse ? out.with(Layers.DEPENDENCIES, List.copyOf(dependencies)) : out;
  }

  /**
   * The text as CoreNLP should see it: every line break inside a block becomes a space, every gap
   * between blocks keeps (or gets) a line break. Same length as {@code text}.
   */
  static String blockText(String text, List<Paragraph> paragraphs) {
    return blockText(text, paragraphs, Integer.MAX_VALUE);
  }

  /**
   * As {@link #blockText(String, List)}, and a run of more than {@code maxTokenChars} characters
   * without white space is cut: every {@code maxTokenChars + 1}-th character of the run becomes a
   * space, so no token is longer than {@code maxTokenChars} and offsets are unchanged (the character
   * given up belongs to no token). Such runs are never words; their cost in the NER features grows
   * with the square of their length.
   */
  static String blockText(String text, List<Paragraph> paragraphs, int maxTokenChars) {
    char[] chars = text.toCharArray();
    int run = 0;
    for (int i = 0; i < chars.length; i++) {
      if (Character.isWhitespace(chars[i]) || Character.isSpaceChar(chars[i])) {
        run = 0;
      } else if (run >= maxTokenChars && !Character.isSurrogate(chars[i])) { // never half a code point
        chars[i] = ' ';
        run = 0;
      } else {
        run++;
      }
    }
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\u2029' || chars[i] == '\u2028') {
        chars[i] = '\n';
      }
    }
    for (Paragraph p : paragraphs) {
      for (int i = p.begin(); i < p.end(); i++) {
        if (chars[i] == '\n' || chars[i] == '\r') {
          chars[i] = ' ';
        }
      }
      if (p.end() < chars.length && chars[p.end()] != '\n' && Character.isWhitespace(chars[p.end()])) {
        // blocks end at a line break by construction; this guards against odd separators
        chars[p.end()] = '\n';
      }
    }
    return new String(chars);
  }
}
