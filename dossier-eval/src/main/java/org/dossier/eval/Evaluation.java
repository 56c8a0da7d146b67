package org.dossier.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.eval.articles.ArticlesSuite;
import org.dossier.eval.conll.Conll2003Suite;
import org.dossier.eval.corpus.CorpusSuite;
import org.dossier.eval.petrarch.PetrarchSuite;
import org.dossier.eval.plover.PloverSuite;
import org.dossier.eval.polnear.PolnearSuite;
import org.dossier.eval.re3d.Re3dSuite;
import org.dossier.eval.timebank.TimebankSuite;

/**
 * The evaluation suites and how to run them. Gold data is read at run time from the data
 * directory; when a suite's data is absent, {@link #run} throws {@link DataMissingException} with a
 * one-line message.
 *
 * <p>Thread-safe.
 */
public final class Evaluation {
  private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

  static {
    for (Suite s : List.of(new ArticlesSuite(), new Conll2003Suite(), new TimebankSuite(), new PolnearSuite(), new PloverSuite(),
        new PetrarchSuite(), new Re3dSuite(), new CorpusSuite())) {
      SUITES.put(s.name(), s);
    }
  }

  private Evaluation() {}

  /** The suite names, in their canonical order. */
  public static List<String> suiteNames() {
    return List.copyOf(SUITES.keySet());
  }

  /** Thrown when a suite's data directory does not exist. */
  public static final class DataMissingException extends IOException {
    private static final long serialVersionUID = 1L;

    DataMissingException(String message) {
      super(message);
    }
  }

  /**
   * Runs one suite.
   *
   * @throws IllegalArgumentException when the suite is unknown
   * @throws DataMissingException when its data is absent
   */
  public static SuiteResult run(String suite, EvalContext context) throws IOException {
    Suite s = SUITES.get(suite);
    if (s == null) {
      throw new IllegalArgumentException("unknown suite '" + suite + "'; expected one of " + SUITES.keySet());
    }
    Path dir = "corpus".equals(suite) ? context.options().corpora() : s.dataPath(context);
    if (!Files.isDirectory(dir)) {
      throw new DataMissingException("evaluation data for '" + suite + "' not found at " + dir.toAbsolutePath().normalize()
          + " (expected the shared data beside the repository, or pass --data DIR)");
    }
    return s.run(context);
  }

  /** Machine-readable results: revision, configuration, options and every suite's metrics and notes. */
  public static String toJson(List<SuiteResult> results, EvalOptions options, String revision) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("schema", "dossier-eval/1");
    root.put("revision", revision);
    root.put("time", Instant.now().toString());
    ObjectNode config = root.putObject("config");
    options.config().describe().forEach(config::put);
    ObjectNode opts = root.putObject("options");
    opts.put("data", options.data().toString());
    opts.put("corpora", options.corpora().toString());
    opts.put("limit", options.limit());
    opts.put("baseline", options.baseline() ? "corenlp" : null);
    opts.put("baselineLimit", options.baselineLimit());
    opts.put("gold", options.goldDir().toString());
    ObjectNode jvm = root.putObject("jvm");
    jvm.put("java", System.getProperty("java.version"));
    jvm.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    jvm.put("cores", Runtime.getRuntime().availableProcessors());
    ArrayNode suites = root.putArray("suites");
    for (SuiteResult r : results) {
      ObjectNode s = suites.addObject();
      s.put("suite", r.suite());
      s.put("seconds", r.seconds());
      ArrayNode ms = s.putArray("metrics");
      for (Metric m : r.metrics()) {
        ObjectNode o = ms.addObject();
        o.put("name", m.name());
        o.put("unit", m.unit());
        o.put("dossier", m.dossier());
        o.put("corenlp", m.baseline());
        o.put("ratio", m.ratio());
      }
      ArrayNode notes = s.putArray("notes");
      r.notes().forEach(notes::add);
      if (!r.lines().isEmpty()) {
        ArrayNode lines = s.putArray("lines");
        r.lines().forEach(lines::add);
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write results as JSON", e);
    }
  }

  /**
   * The git revision of the working tree at {@code dir} (with {@code -dirty} when it has uncommitted
   * changes), or {@code unknown} when git is not available.
   */
  public static String gitRevision(Path dir) {
    String head = git(dir, "rev-parse", "HEAD");
    if (head == null || head.isBlank()) {
      return "unknown";
    }
    String status = git(dir, "status", "--porcelain", "--untracked-files=no");
    return head.strip() + (status != null && !status.isBlank() ? "-dirty" : "");
  }

  private static String git(Path dir, String... args) {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
