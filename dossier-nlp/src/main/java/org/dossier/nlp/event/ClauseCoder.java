package org.dossier.nlp.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.Event;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.syntax.Clause;
import org.dossier.nlp.syntax.Clauses;

/**
 * Codes the events of one document from its clause layer: each clause whose predicate is a lexicon
 * verb or noun ({@link EventLexicon}) is one candidate, its source and target read from the roles
 * the entry names (subject, object, oblique by preposition, passive agent, possessor...), mapped to
 * actors by {@link ArgumentActors}; {@link Construction}s code a matrix verb with its complement;
 * {@link ClauseContext} gives mode, attribution and date; {@link ClauseEvents} builds the events. Sentences without a parse give no events.
 *
 * <p>Per document, used once by one thread.
 */
final class ClauseCoder {
  private static final List<String> VERB_SOURCES = List.of("subj");
  /** Roots of giving and sending, whose passive subject's owner is the giver ("EU aid was sent"). */
  private static final Set<String> OWNED_MEANS_ROOTS = Set.of("03", "07", "15");
  private static final List<String> VERB_TARGETS = List.of("obj", "obl:against", "obl:with", "obl:on", "obl:to",
      "obl:toward", "obl:towards", "obl:at", "obl:for", "obl:from", "obl:into", "obl:upon", "obl:over");
  private static final List<String> NOUN_SOURCES = List.of("poss", "agent", "gov", "mod");
  private static final List<String> NOUN_TARGETS = List.of("obl:on", "obl:against", "obl:with", "obl:of",
      "obl:to", "obl:toward", "obl:towards", "obl:for", "obl:between", "obl:at", "obl:into", "obl:from",
      "gov.obl:with", "gov.obl:to", "gov.obl:on", "gov.obl:against");

  private final Doc doc;
  private final EventLexicon lexicon;
  private final List<Construction> constructions;
  private final CameoCodebook codebook;
  private final List<Token> tokens;
  private final Clauses clauses;
  private final ArgumentActors actors;
  private final ClauseContext context;
  private final IssuerProxy issuers;
  private final NounPredicate nounPredicates;
  private final NounParties parties;
  private final ClauseEvents emitter;
  private final ImpliedAuthority authority;
  private final EventWords words = EventWords.get();
  private final ClauseRealis realis;
  private final EntryWords entryWords;

  /** A predicate coded on its own: the entry's code with its source and target actors. */
  record Coded(Clause clause, int head, boolean nominal, LexEntry entry, String code, List<String> source,
      List<String> target, String location, boolean joint) {}

  ClauseCoder(Doc doc, EventLexicon lexicon, List<Construction> constructions, CameoCodebook codebook,
      NarrativeDay narrative) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.constructions = constructions;
    this.codebook = codebook;
    this.tokens = doc.get(Layers.TOKENS);
    this.clauses = Clauses.of(doc);
    this.actors = new ArgumentActors(doc, clauses, lexicon);
    this.context = new ClauseContext(doc, clauses, actors, words, narrative);
    this.issuers = new IssuerProxy(clauses, tokens, words);
    this.nounPredicates = new NounPredicate(clauses, tokens);
    this.parties = new NounParties(doc, clauses, actors);
    this.emitter = new ClauseEvents(doc, clauses, context, codebook);
    this.realis = new ClauseRealis(doc);
    this.entryWords = new EntryWords(tokens);
    this.authority = new ImpliedAuthority(actors, doc.get(Layers.ACTORS), clauses, tokens);
  }

  /** Whether the arguments being read are sources (see {@link ArgumentActors#of(List, boolean)}). */
  private boolean agentRole;

  List<Event> code() {
    Map<Integer, List<Coded>> byClause = new HashMap<>();
    for (Clause c : clauses.all()) {
      List<Coded> own = new ArrayList<>();
      // a copular clause's noun ("was in an accord with") is a noun, never the verb of the same spelling
      boolean nominal = c.kind() == Clause.Kind.NOMINAL
          || c.kind() == Clause.Kind.COPULA && tokens.get(c.predicate()).isNoun()
          || nounPredicates.isGerundSubject(c);
      Coded self = codeHead(c, c.predicate(), nominal, null, false);
      if (self != null) {
        own.add(self);
      }
      boolean light = c.kind() == Clause.Kind.VERB && words.isOf("light-verb", c.lemma());
      if (light) {
        for (int o : c.objects()) {
          if (clauses.clauseAt(o).isEmpty()) {
            Coded n = codeHead(c, o, true, c, true);
            if (n != null) {
              own.add(n);
            }
          }
        }
      }
      // an event noun standing bare as an argument: "protests erupted", "condemned the bombing";
      // of a light verb only its subject ("talks resumed between A and B"), its object is coded above
      for (int a : bareArguments(c)) {
        Coded n = light && !c.subjects().contains(a) ? null : codeHead(c, a, true, null, true);
        if (n != null) {
          own.add(n);
        }
      }
      byClause.put(c.id(), own);
    }
    List<Event> out = new ArrayList<>();
    Set<Integer> absorbed = new HashSet<>();
    for (Clause m : clauses.all()) {
      for (Clause x : clauses.children(m)) {
        Construction k = construction(m, x);
        if (k == null) {
          continue;
        }
        absorbed.add(x.id());
        if (realis.unrealised(m.predicate())) {
          continue; // "it will be impossible to persuade X to ...": the persuasion itself did not happen
        }
        List<Coded> comp = byClause.getOrDefault(x.id(), List.of());
        Coded inner = comp.isEmpty() ? null : comp.get(0);
        String code = constructionCode(k.code(), inner == null ? null : inner.code());
        if (code == null) {
          continue;
        }
        agentRole = true;
        List<String> src = actorsFor(m, k.sources(), x, inner, null);
        agentRole = false;
        List<String> tgt = new ArrayList<>(actorsFor(m, k.targets(), x, inner, null));
        tgt.removeAll(src);
        if (src.isEmpty()) {
          continue;
        }
        emitter.emit(out, m, code, src, tgt, inner == null ? null : inner.location(), false, false);
      }
    }
    for (Clause c : clauses.all()) {
      if (absorbed.contains(c.id()) || !realis.infinitiveRealised(c) || realis.unrealised(c.predicate())) {
        continue;
      }
      for (Coded k : byClause.get(c.id())) {
        if (k.source().isEmpty() && !k.entry().has("nosource")) {
          continue;
        }
        if (k.nominal() && !k.joint() && k.target().isEmpty()) {
          continue; // a noun rarely names both parties; the one it names alone is mostly background
        }
        int before = out.size();
        emitter.emit(out, c, k.code(), k.source(), k.target(), k.location(), true, k.joint());
        String pair = k.entry().pairedCode();
        // a PETRARCH paired code: the target's act toward the source, unless the act did not
        // happen as coded (a refusal or an intent was made of it)
        if (pair != null && out.size() == before + 1 && k.code().equals(k.entry().code()) && !k.source().isEmpty()
            && !k.target().isEmpty() && WindowAssembly.digits(k.code()).equals(out.get(before).cameo())) {
          emitter.emit(out, c, pair, k.target(), k.source(), k.location(), true, false);
        }
      }
    }
    return EventMerge.numbered(out);
  }

  private Construction construction(Clause m, Clause x) {
    for (Construction k : constructions) {
      if (!k.matrix().contains(m.lemma()) || !x.relation().startsWith(k.relation())) {
        continue;
      }
      if (!k.auxiliaries().isEmpty() && x.auxiliaries().stream().noneMatch(k.auxiliaries()::contains)
          || k.object() && m.objects().isEmpty()) {
        continue;
      }
      return k;
    }
    return null;
  }

  private static String constructionCode(String rule, String inner) {
    int colon = rule.indexOf(':');
    if (colon < 0) {
      return rule;
    }
    String kind = rule.substring(0, colon);
    String def = rule.substring(colon + 1);
    String fallback = def.equals("-") ? null : def;
    if (inner == null) {
      return fallback;
    }
    String derived = switch (kind) {
      case "refusal" -> IntentCodes.refusalOf(inner);
      case "intent" -> IntentCodes.intentOf(inner);
      case "threat" -> {
        String i = IntentCodes.intentOf(inner);
        yield i.startsWith("13") ? i : null;
      }
      default -> throw new IllegalStateException("unknown construction code " + rule);
    };
    return derived != null && derived.matches("\\d{2,4}") ? derived : fallback;
  }

  /** Noun heads of {@code c}'s subjects, objects and obliques that have no clause of their own. */
  private List<Integer> bareArguments(Clause c) {
    List<Integer> out = new ArrayList<>();
    List<Integer> all = new ArrayList<>(c.subjects());
    all.addAll(c.objects());
    c.obliques().forEach((k, v) -> {
      if (!k.equals("mod") && !k.equals("poss") && !k.equals("tmod")) {
        all.addAll(v);
      }
    });
    for (int a : all) {
      Token t = tokens.get(a);
      if (t.isNoun() && !t.isProperNoun() && clauses.clauseAt(a).isEmpty() && c.covers(a)
          && clauses.tree().head(a) == c.predicate()) {
        out.add(a);
      }
    }
    return out;
  }

  private Coded codeHead(Clause c, int head, boolean nominal, Clause gov, boolean bare) {
    // a gerund read as a noun is looked up by its form: "fighting" (combat), not "fight"
    Token ht = tokens.get(head);
    String lemma = (nominal && ht.pos().equals("VBG") ? ht.word() : ht.lemma()).toLowerCase(Locale.ROOT);
    List<LexEntry> entries = nominal ? lexicon.nouns(lemma) : lexicon.verbsOf(ht.word(), lemma);
    if (entries.isEmpty()) {
      return null;
    }
    int begin = bare ? clauses.tree().subtreeBegin(head) : c.begin();
    if (!bare && c.passive() && c.relation().startsWith("acl")) {
      // a reduced relative's noun stands before its subtree: "the agreement reached between A and B"
      begin = c.subjects().stream().mapToInt(Integer::intValue).reduce(begin, Math::min);
    }
    int end = bare ? clauses.tree().subtreeEnd(head) : c.end();
    LexEntry best = null;
    for (LexEntry e : entries) {
      if (entryWords.around(e, head, begin, end, !nominal && c.passive()) && nounPredicates.admits(e, head)
          && (!e.has("passive") || !nominal && c.passive()) && (best == null
          || e.specificity() > best.specificity())) {
        best = e;
      }
    }
    if (best == null || best.code() == null || best.has("passive") && !c.passive()) {
      return null;
    }
    if (best.has("nocomp") && !c.complements().isEmpty()) {
      return null;
    }
    Clause self = bare ? null : c;
    List<String> srcRoles = best.roles("src", best.has("rev") ? List.of("obl:from") : nominal ? NOUN_SOURCES
        : VERB_SOURCES);
    List<String> tgtRoles = best.roles("tgt", best.has("rev") ? List.of("subj") : nominal ? NOUN_TARGETS
        : VERB_TARGETS);
    NominalView view = new NominalView(self, head, bare ? gov : governor(c));
    agentRole = true;
    List<String> src = view.actors(srcRoles);
    agentRole = false;
    boolean joint = view.lastHeads > 1;
    // "clashes between A and B in Mandera": both parties named, the place is no target
    boolean bothParties = joint && view.lastRole.contains("between");
    List<String> tgt = new ArrayList<>(view.actors(tgtRoles));
    tgt.removeAll(src);
    if (src.isEmpty() && nominal && self != null && tgt.size() > 1 && !self.oblique("between").isEmpty()) {
      // "fighting between A and B": the parties act on each other
      src = List.of(tgt.remove(0));
    } else if (src.isEmpty() && !nominal && self != null && self.passive() && self.agents().isEmpty()
        && OWNED_MEANS_ROOTS.contains(best.code().substring(0, 2))) {
      // "EU aid could be sent to Albania", "US troops were deployed to the border": with no agent,
      // whoever the aid or the troops belong to sends them
      List<String> owners = owners(self.subjects());
      owners.removeAll(tgt);
      if (!owners.isEmpty()) {
        src = owners;
      }
    }
    if (src.isEmpty() && !nominal && self != null && self.passive()) {
      // "the agreement reached between A and B", "a treaty signed between A and B": the parties
      // of a passive with no agent are named by "between", the first as source
      List<String> pair = new ArrayList<>(actorsOf(self, self.oblique("between")));
      if (pair.size() > 1) {
        src = List.of(pair.remove(0));
        tgt = pair;
        joint = true;
        bothParties = true;
      }
    }
    if (src.isEmpty() && nominal && best.has("unnamed")) {
      String party = parties.unnamed(head, self); // "fighting erupted in Darfur": see NounParties
      if (party != null) {
        src = List.of(party);
        tgt = tgt.isEmpty() ? new ArrayList<>(src) : tgt;
      }
    }
    String location = location(c);
    if (src.isEmpty() && best.has("authority")) {
      // "the journalists were investigated"; a noun: "recommended legal action against the minister"
      src = !nominal ? authority.source(c, location, tgt) : authority.nominal(location, tgt);
    }
    String code = best.code();
    if (tgt.isEmpty() && best.has("loc2target") && location != null && !bothParties) {
      tgt.add(location);
    }
    if (tgt.isEmpty() && (best.altCode() != null || best.has("needtarget"))) {
      if (best.altCode() == null) {
        return null;
      }
      code = best.altCode();
    }
    return new Coded(c, head, nominal, best, code, src, tgt, location, joint);
  }

  /** The actors named before each of {@code heads} in its own phrase: "EU" of "EU food aid". */
  private List<String> owners(List<Integer> heads) {
    List<String> out = new ArrayList<>();
    for (int h : heads) {
      for (int t = clauses.argumentSpan(h)[0]; t < h; t++) {
        String id = actors.at(t);
        if (id != null && !out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  /** The light verb whose object the nominal clause {@code c} is ("launched an attack on"), or null. */
  private Clause governor(Clause c) {
    if (c.kind() != Clause.Kind.NOMINAL) {
      return null;
    }
    int h = clauses.tree().head(c.predicate());
    String rel = clauses.tree().relation(c.predicate());
    if (h < 0 || rel == null || !(rel.equals("obj") || rel.equals("nsubj:pass"))) {
      return null;
    }
    Clause g = clauses.clauseAt(h).orElse(null);
    return g != null && words.isOf("light-verb", g.lemma()) ? g : null;
  }

  private String location(Clause c) {
    for (Map.Entry<String, List<Integer>> e : c.obliques().entrySet()) {
      if (!words.isOf("locative", e.getKey())) {
        continue;
      }
      for (String id : actors.of(e.getValue())) {
        Actor a = actors.actor(id);
        if (a != null && (a.type() == ActorType.LOCATION || a.type() == ActorType.COUNTRY)) {
          return id;
        }
      }
    }
    return null;
  }

  /** Roles of a matrix clause {@code m}, its complement {@code x} and the complement's coding. */
  private List<String> actorsFor(Clause m, List<String> roles, Clause x, Coded inner, Clause gov) {
    for (String role : roles) {
      List<String> ids;
      if (role.equals("comp.tgt")) {
        ids = inner == null ? List.of() : inner.target();
      } else if (role.startsWith("comp.")) {
        ids = actorsOf(x, heads(x, role.substring(5)));
      } else {
        ids = actorsOf(m, heads(m, role));
      }
      if (!ids.isEmpty()) {
        return ids;
      }
    }
    return List.of();
  }

  /** The argument heads of {@code c} in logical role {@code role}: passives swap subject and agent. */
  private List<Integer> heads(Clause c, String role) {
    if (c == null) {
      return List.of();
    }
    return switch (role) {
      case "subj" -> c.passive() ? c.agents() : c.subjects();
      case "obj" -> c.passive() ? c.subjects() : c.objects();
      case "iobj" -> c.objects().stream().filter(o -> "iobj".equals(clauses.tree().relation(o))).toList();
      case "host" -> host(c.predicate());
      case "agent" -> c.agents();
      case "poss", "mod" -> c.oblique(role);
      default -> role.startsWith("obl:") ? c.oblique(role.substring(4)) : List.of();
    };
  }

  /**
   * The logical subject of the clause a noun is a prepositional phrase of ("Dini said after talks
   * with Vranitzky": Dini), for nouns of events that the subject takes part in.
   */
  private List<Integer> host(int noun) {
    String rel = clauses.tree().relation(noun);
    int h = clauses.tree().head(noun);
    if (rel == null || h < 0 || !rel.startsWith("obl")) {
      return List.of();
    }
    Clause g = clauses.clauseAt(h).orElse(null);
    return g == null ? List.of() : heads(g, "subj");
  }

  /**
   * The actors of argument heads of clause {@code c}; a personal pronoun with no actor of its own,
   * in the complement of a reporting verb, is the speaker ("France said it was sending troops");
   * a document noun is its issuer ({@link IssuerProxy}: "issued a directive calling on").
   */
  private List<String> actorsOf(Clause c, List<Integer> heads) {
    List<String> ids = actors.of(heads, agentRole);
    if (!ids.isEmpty() || c == null) {
      return ids;
    }
    for (int h : heads) {
      if (tokens.get(h).pos().equals("PRP") && words.isOf("speaker-pronoun", tokens.get(h).word().toLowerCase(Locale.ROOT))) {
        Clause reporting = context.reportingAbove(c);
        if (reporting != null && reporting.id() != c.id()) {
          return actors.of(heads(reporting, "subj"));
        }
      }
      List<String> issuer = actors.of(issuers.issuerOf(h));
      if (!issuer.isEmpty()) {
        return issuer;
      }
    }
    return ids;
  }

  /** Argument roles of a predicate that may be a light verb's object noun. */
  private final class NominalView {
    private final Clause self;
    private final int head;
    private final Clause gov;
    /** How many argument heads the last successful {@link #actors} call read: 2+ for "A and B". */
    int lastHeads;
    /** The role the last successful {@link #actors} call read, or "". */
    String lastRole = "";

    NominalView(Clause self, int head, Clause gov) {
      this.self = self;
      this.head = head;
      this.gov = gov;
    }

    List<String> actors(List<String> roles) {
      for (String role : roles) {
        List<Integer> h;
        if (role.startsWith(NounPredicate.ROLE_PREFIX)) {
          h = nounPredicates.heads(head, role.substring(NounPredicate.ROLE_PREFIX.length()));
        } else if (role.equals("victim")) {
          h = parties.victims(head);
        } else if (role.equals("gov")) {
          h = heads(gov, "subj");
        } else if (role.startsWith("gov.")) {
          h = heads(gov, role.substring(4));
        } else if (self != null) {
          h = heads(self, role);
        } else {
          h = nounRole(role);
        }
        List<String> ids = actorsOf(self != null ? self : gov, h);
        if (role.equals("mod")) {
          // a place modifying an event noun is its setting, not a party: "the Doha talks"
          ids = ids.stream().filter(id -> actors.actor(id) == null
              || actors.actor(id).type() != ActorType.LOCATION).toList();
        }
        if (!ids.isEmpty()) {
          lastHeads = h.size();
          lastRole = role;
          return ids;
        }
      }
      return List.of();
    }

    /** Roles of a bare object noun with no clause of its own: its possessor and modifiers. */
    private List<Integer> nounRole(String role) {
      List<Integer> out = new ArrayList<>();
      for (int k : clauses.tree().children(head)) {
        String r = clauses.tree().relation(k);
        if (role.equals("poss") && r.equals("nmod:poss")
            || role.equals("mod") && (r.equals("amod") || r.equals("compound"))
            || r.equals("nmod") && (role.equals("agent") && clauses.preposition(k).equals("by")
                || role.startsWith("obl:") && clauses.preposition(k).equals(role.substring(4)))) {
          out.add(k);
        }
      }
      return role.equals("host") ? host(head) : out;
    }
  }
}
