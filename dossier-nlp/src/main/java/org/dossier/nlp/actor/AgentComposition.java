package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.dossier.nlp.entity.Lexicon;

import static org.dossier.nlp.actor.ActorNames.*;
import static org.dossier.nlp.actor.Offices.*;

/**
 * Composes agent phrases with the actor they act for, as PETRARCH does: an agent of the
 * {@link AgentDictionary} after an actor (possibly through "'s" and up to four modifiers: "the
 * Calenardhon government", "Gondor's main opposition group") or before "of/from/in" actors
 * ("soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor") becomes an actor of
 * its own with the composed code (CALGOV, GONMIL); the actor's mention moves to it. A title
 * between an actor and a non-person name ("Bree Prime Minister Romendacil") composes the same
 * way; before a person's name it is left to the person's roles. An agent acting for no actor of
 * the sentence gets its sector code alone ("police": COP). Persons are never composed.
 * Confined to one {@link Run}.
 */
final class AgentComposition {
  private static final Set<String> LINKS = Set.of("of", "from", "in");
  /** Where a title phrase says a person serves: "envoy in Sudan", "ambassador to Peru". */
  private static final Set<String> PLACE_LINKS = Set.of("in", "to", "at");
  /** Words between a name's comma and its apposition: "X, the former president of ...". */
  private static final Set<String> APPOSITION_LEAD = Set.of("former", "the", "a", "an", "then");
  private final ActorRun run;
  private final Mention[] at;

  AgentComposition(ActorRun run) {
    this.run = run;
    this.at = new Mention[run.tokens.size()];
    for (Mention m : run.draftOf.keySet()) {
      for (int t = m.firstToken(); t < m.endToken() && t < at.length; t++) {
        if (at[t] == null || at[t].endToken() - at[t].firstToken() < m.endToken() - m.firstToken()) {
          at[t] = m;
        }
      }
    }
  }

  void run() {
    for (Sentence s : run.sentences) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (at[i] != null && !bareGroup(at[i])) {
          continue;
        }
        AgentDictionary.Match mt = run.agents.match(run.tokens, i, s.endToken());
        if (mt == null) {
          continue;
        }
        int e = mt.end();
        Mention post = e < s.endToken() && at[e] != null && at[e].firstToken() == e ? at[e] : null;
        if (post == null && e < s.endToken() && run.tokens.get(e).isNoun()) {
          continue; // a modifier ("press conference"), not the head
        }
        i = compose(s, mt, post) - 1;
      }
    }
  }

  /** Composes one agent; returns the token after what it used. */
  int compose(Sentence s, AgentDictionary.Match mt, Mention post) {
    Mention pre = premodifier(s, mt.begin());
    Draft preD = pre == null ? null : run.draftOf.get(pre);
    String preCode = preD == null ? null : base(preD);
    Draft postD = post == null ? null : run.draftOf.get(post);
    if (postD != null && postD.type == ActorType.PERSON) {
      // "President Putin": the person's roles code him, unless only the text says for whom he acts
      if (preCode != null && (postD.code == null || postD.code.equals(preCode))) {
        postD.code = mt.agent().compose(preCode);
        int b = pre.begin();
        Mention joined = new Mention(b, post.end(), pre.firstToken(), post.endToken(),
            run.text.substring(b, post.end()), post.label(), "agent");
        for (Mention m : List.of(pre, post)) {
          Draft old = run.draftOf.remove(m);
          if (old != null) {
            old.mentions.remove(m);
          }
        }
        run.add(postD, joined);
        for (int t = joined.firstToken(); t < joined.endToken(); t++) {
          at[t] = joined;
        }
      }
      return post.endToken();
    }
    String postCode = postD == null ? null : base(postD);
    if (preCode != null || postCode != null) {
      Mention head = preCode != null ? pre : post;
      Draft headD = preCode != null ? preD : postD;
      int first = preCode != null ? pre.firstToken() : mt.begin();
      int end = postCode != null ? post.endToken() : mt.end();
      List<Mention> absorbed = new ArrayList<>(2);
      if (preCode != null) {
        absorbed.add(pre);
      }
      if (postCode != null) {
        absorbed.add(post);
      }
      place(mt, first, end, headD, preCode != null ? preCode : postCode, absorbed);
      return end;
    }
    // "soldiers from Gondor", "ambassadors of Arnor, Osgiliath and Gondor"
    int k = mt.end();
    if (k + 1 < s.endToken() && LINKS.contains(run.tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      int j = k + 1;
      if (j + 1 < s.endToken() && "the".equalsIgnoreCase(run.tokens.get(j).word())) {
        j++;
      }
      List<Mention> members = members(s, j);
      if (!members.isEmpty()) {
        int end = mt.end();
        Draft first = run.draftOf.get(members.get(0));
        if (first != null && first.type == ActorType.LOCATION) {
          // "the mayor of Moscow": the place stays a place (geo, map) and the agent acts for its
          // country; only the agent words are the composed actor's mention
          Draft d = place(mt, mt.begin(), mt.end(), first, base(first), List.of());
          if (d.name.equals(run.text.substring(run.tokens.get(mt.begin()).begin(),
              run.tokens.get(mt.end() - 1).end()))) {
            d.name = run.text.substring(run.tokens.get(mt.begin()).begin(), members.get(0).end());
          }
          return mt.end();
        }
        for (int n = 0; n < members.size(); n++) {
          Mention m = members.get(n);
          Draft d = run.draftOf.get(m);
          place(mt, n == 0 ? mt.begin() : m.firstToken(), m.endToken(), d, base(d), List.of(m));
          end = m.endToken();
        }
        return end;
      }
    }
    String shared = pre == null ? sharedBase(s, mt.begin()) : null;
    if (shared != null) {
      place(mt, mt.begin(), mt.end(), null, shared, List.of());
      return mt.end();
    }
    if (pre == null && !possessed(s, mt.begin()) && at[mt.begin()] == null && standsAlone(mt)) {
      place(mt, mt.begin(), mt.end(), null, null, List.of());
    }
    return mt.end();
  }

  /**
   * Whether an agent of no actor is worth an actor of its own: a sector acting as such
   * ("clerics", "lawmakers", "police"), not one office holder ("the minister") nor government
   * ("officials", "the delegation", "the two leaders"), which stand for actors named elsewhere or
   * for no one in particular (a generic "officials said" is a source text, not an actor).
   */
  boolean standsAlone(AgentDictionary.Match mt) {
    return !mt.agent().suffix().startsWith("GOV") && !Lexicon.isRoleNoun(run.tokens.get(mt.end() - 1).word());
  }

  /**
   * "Danish media and government": an agent right after "and" following a group or composed
   * agent of a country shares that country; its code, or null.
   */
  String sharedBase(Sentence s, int begin) {
    int j = begin - 1;
    if (j - 1 < s.firstToken() || !"and".equalsIgnoreCase(run.tokens.get(j).word()) || at[j - 1] == null) {
      return null;
    }
    Draft d = run.draftOf.get(at[j - 1]);
    if (d == null || d.type == ActorType.PERSON || !(d.key.startsWith("agent:") || d.key.startsWith("group:"))) {
      return null;
    }
    if (d.agentBase != null) {
      return d.agentBase;
    }
    KbCountry c = d.country == null ? null : run.kb.country(d.country).orElse(null);
    return c == null ? null : (c.cameo() != null ? c.cameo() : c.iso3());
  }

  /** A group of no country and no knowledge-base entry ("soldiers"): composable further. */
  boolean bareGroup(Mention m) {
    Draft d = run.draftOf.get(m);
    return d != null && d.type == ActorType.GROUP && d.country == null && d.entity == null
        && d.key.startsWith("group:null:");
  }

  /** The non-person actor mention right before an agent, through "'s" and a few modifiers. */
  Mention premodifier(Sentence s, int begin) {
    int j = begin - 1;
    for (int steps = 0; j >= s.firstToken() && steps < 5; steps++) {
      if (at[j] != null) {
        return at[j];
      }
      Token t = run.tokens.get(j);
      String p = t.pos();
      String w = t.word().toLowerCase(Locale.ROOT);
      if (p.startsWith("JJ") || p.startsWith("NN") && !Character.isUpperCase(t.word().charAt(0))
          || p.equals("POS") || w.equals("'s") || w.equals("\u2019s") || p.equals("HYPH") || p.equals("VBN")
          || w.equals("and") && j - 1 >= s.firstToken() && at[j - 1] == null) {
        j--;
        continue;
      }
      break;
    }
    return null;
  }

  /** Whether a possessive pronoun or determiner ties the agent to someone unnamed ("its army"). */
  boolean possessed(Sentence s, int begin) {
    return begin - 1 >= s.firstToken() && run.tokens.get(begin - 1).pos().equals("PRP$");
  }

  /** Coordinated non-person actor mentions from token {@code j}: "Arnor, Osgiliath and Gondor". */
  List<Mention> members(Sentence s, int j) {
    List<Mention> out = new ArrayList<>();
    int k = j;
    while (k < s.endToken() && at[k] != null && at[k].firstToken() == k) {
      Mention m = at[k];
      Draft d = run.draftOf.get(m);
      if (d == null || base(d) == null) {
        break;
      }
      k = m.endToken();
      if (k < s.endToken() && isPossessive(run.tokens.get(k).word())) {
        // "the leader of Iraq's largest party": the country owns the phrase after it, which the
        // agent is of; the country is not what the agent acts for
        return out.isEmpty() ? List.of() : out;
      }
      out.add(m);
      if (k + 1 < s.endToken() && (run.tokens.get(k).word().equals(",") || "and".equalsIgnoreCase(run.tokens.get(k).word()))) {
        k++;
        if (k + 1 < s.endToken() && "and".equalsIgnoreCase(run.tokens.get(k).word())) {
          k++;
        }
        continue;
      }
      break;
    }
    return out;
  }

  /** The code an agent composes with: the actor's code, else its country's; none for persons. */
  String base(Draft d) {
    if (d == null || d.type == ActorType.PERSON || d.key.startsWith("agent:") || d.key.startsWith("group:null:")) {
      return null;
    }
    if (d.code != null) {
      return d.code;
    }
    KbCountry c = d.country == null ? null : run.kb.country(d.country).orElse(null);
    return c == null ? null : (c.cameo() != null ? c.cameo() : c.iso3());
  }

  /**
   * Makes (or joins) the composed actor for tokens {@code [first, end)}, taking {@code absorbed};
   * returns it.
   */
  Draft place(AgentDictionary.Match mt, int first, int end, Draft headD, String baseCode, List<Mention> absorbed) {
    AgentDictionary.Agent agent = mt.agent();
    String code = baseCode == null ? agent.prefix() + agent.suffix() : agent.compose(baseCode);
    String phrase = run.text.substring(run.tokens.get(mt.begin()).begin(), run.tokens.get(mt.end() - 1).end());
    boolean person = mt.end() - mt.begin() >= 1 && Lexicon.isRoleNoun(run.tokens.get(mt.end() - 1).word());
    String key = "agent:" + code + ":" + (headD == null ? norm(phrase) : headD.key);
    Draft named = person ? describedPerson(first, end) : null;
    if (named != null) {
      return describe(named, mt, first, end, headD, code, absorbed, true);
    }
    named = person && first < mt.begin() && headD != null && headD.country != null
        ? holder(phrase, headD.country) : null;
    if (named != null) { // "the US leader" is the one US leader the document names
      return describe(named, mt, first, end, headD, code, absorbed, false);
    }
    Draft d = run.draft(key, person ? ActorType.PERSON : ActorType.GROUP);
    d.code = code;
    d.agentBase = baseCode;
    if (headD != null) {
      d.country = headD.country;
    }
    int b = run.tokens.get(first).begin();
    int e = run.tokens.get(end - 1).end();
    if (d.name == null) {
      d.name = run.text.substring(b, e);
    }
    List<Mention> taken = new ArrayList<>(absorbed);
    for (int t = first; t < end; t++) {
      if (at[t] != null && !taken.contains(at[t]) && bareGroup(at[t])) {
        taken.add(at[t]);
      }
    }
    for (Mention m : taken) {
      Draft old = run.draftOf.remove(m);
      if (old != null) {
        old.mentions.remove(m);
      }
    }
    Mention m = new Mention(b, e, first, end, run.text.substring(b, e), person ? "PERSON" : "GROUP", "agent");
    run.add(d, m);
    for (int t = first; t < end; t++) {
      at[t] = m;
    }
    return d;
  }

  /**
   * The named person a title phrase at {@code [first, end)} stands beside as an apposition:
   * "US envoy in Sudan Andrew Natsios", "Bolivia's ambassador to Peru, Jorge Gumucio" (the name
   * after, across a place phrase and a comma), "Moises Pantoja, former president of the court"
   * (the name before, across a comma). Null when no named person stands there.
   */
  Draft describedPerson(int first, int end) {
    Sentence s = run.sentences.get(run.tokens.get(first).sentence());
    int k = end;
    if (k + 1 < s.endToken() && PLACE_LINKS.contains(run.tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      int j = k + 1;
      if (j < s.endToken() && "the".equalsIgnoreCase(run.tokens.get(j).word())) {
        j++;
      }
      Draft place = j < s.endToken() && at[j] != null && at[j].firstToken() == j ? run.draftOf.get(at[j]) : null;
      if (place != null && (place.type == ActorType.COUNTRY || place.type == ActorType.LOCATION)) {
        k = at[j].endToken();
      }
    }
    if (k < s.endToken() && ",".equals(run.tokens.get(k).word())) {
      k++;
    }
    if (k > end && k < s.endToken() && at[k] != null && at[k].firstToken() == k) {
      Draft d = run.draftOf.get(at[k]);
      if (d != null && d.type == ActorType.PERSON && !d.key.startsWith("agent:")) {
        return d;
      }
    }
    int j = first - 1;
    while (j >= s.firstToken() && APPOSITION_LEAD.contains(run.tokens.get(j).word().toLowerCase(Locale.ROOT))) {
      j--;
    }
    if (j - 1 >= s.firstToken() && ",".equals(run.tokens.get(j).word()) && at[j - 1] != null
        && at[j - 1].endToken() == j) {
      Mention before = at[j - 1];
      Draft d = run.draftOf.get(before);
      boolean listed = before.firstToken() - 1 >= s.firstToken()
          && ",".equals(run.tokens.get(before.firstToken() - 1).word()); // "A, B, C": a list
      if (d != null && d.type == ActorType.PERSON && !d.key.startsWith("agent:") && !listed) {
        return d;
      }
    }
    return null;
  }

  /** The one named person of the document holding office {@code title} for {@code iso3}, or null. */
  Draft holder(String title, String iso3) {
    Draft found = null;
    for (Draft p : run.drafts.values()) {
      if (p.type == ActorType.PERSON && !p.key.startsWith("agent:") && run.holds(p, title, iso3)) {
        if (found != null) {
          return null; // two candidates: leave it unresolved rather than guess
        }
        found = p;
      }
    }
    return found;
  }

  /** Makes the title phrase a mention of the named person it describes, with its code and country. */
  Draft describe(Draft person, AgentDictionary.Match mt, int first, int end, Draft headD, String code,
      List<Mention> absorbed, boolean apposition) {
    for (Mention m : absorbed) {
      Draft old = run.draftOf.remove(m);
      if (old != null) {
        old.mentions.remove(m);
      }
    }
    int b = run.tokens.get(first).begin();
    int e = run.tokens.get(end - 1).end();
    Mention m = new Mention(b, e, first, end, run.text.substring(b, e), "PERSON", "description");
    run.add(person, m);
    for (int t = first; t < end; t++) {
      at[t] = m;
    }
    if (person.entity == null && person.country == null && headD != null) {
      person.country = headD.country;
    }
    if (person.code == null && person.entity == null) {
      person.code = code;
    }
    String title = run.text.substring(run.tokens.get(mt.begin()).begin(), run.tokens.get(mt.end() - 1).end());
    boolean former = mt.begin() > 0 && "former".equalsIgnoreCase(run.tokens.get(mt.begin() - 1).word());
    if (apposition && !former && person.roles.stream().noneMatch(r -> signature(r.title()).equals(signature(title)))) {
      List<Role> roles = new ArrayList<>(person.roles);
      roles.add(new Role(title, headD == null ? null : headD.name, "text", run.doc.offsets().span(b, e)));
      person.roles = List.copyOf(roles);
    }
    return person;
  }
}
