package org.dossier.nlp.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossier.kb.KbCountry;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.ActorType;
import org.dossier.model.Role;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.entity.EntityLayers;
import org.dossier.nlp.pipeline.Component;

import static org.dossier.nlp.actor.ActorNames.norm;

/**
 * Resolves mentions into document-level actors, links them to the knowledge base and gives them
 * roles as of the publication date, a country and a CAMEO code.
 *
 * <p>Resolution:
 * <ul>
 *   <li>Persons: names are compared without initials; a shorter name ("Putin", "Mr. Xi") joins the
 *       full name that contains its words when exactly one does (when several persons share it,
 *       it stays apart rather than guess), so two different named persons are never merged. Names linked to the same knowledge-base person
 *       are one actor. Role descriptions ("China's top leader", "the Russian president") join the
 *       one person of the document whose role (from the text or the knowledge base) fits them, and
 *       are left alone when none or several fit. Pronouns are not resolved.</li>
 *   <li>Countries are keyed by ISO code, so "U.S.", "the United States" and "America" are one.</li>
 *   <li>Organisations: same knowledge-base entity, same normalised name, or an acronym and its
 *       expansion ("North Atlantic Treaty Organization (NATO)", or initials that match exactly one
 *       organisation of the document).</li>
 *   <li>Metonymy: a seat of government used as an agent ("Beijing said", "support for the
 *       Kremlin") is a mention of its COUNTRY actor (the state acts through its government; its
 *       CAMEO code is the country's); a locative use ("in Beijing") is a LOCATION actor whose
 *       country is the seat's. The place the seat's name denotes is still recorded: the capital's
 *       LOCATION actor ("Moscow" also for "the Kremlin") carries the agentive spans as its
 *       {@link org.dossier.model.Metonymy} pointing to the country, so it gets a {@code geo} while
 *       its own {@code mentions} (the only spans that can locate an event) stay locative.
 *       See {@link Metonymy}.</li>
 *   <li>Groups ("Russian forces") are GROUP actors keyed by country and head noun, with the CAMEO
 *       code of the country (or region) and the group's role ({@code RUSMIL}).</li>
 * </ul>
 *
 * <p>Roles: knowledge-base offices held on the publication date ({@code source: kb}) and roles
 * stated in the text ({@code source: text}, with the evidence span; see {@link TextRoles}). A text
 * role that names the same office as a knowledge-base role replaces it (keeping the
 * knowledge base's "of" when the text has none); an open-ended knowledge-base office is dropped as
 * stale when the document is newer than the knowledge base and the text gives the person a
 * different office. Without a publication date no knowledge-base role is given.
 *
 * <p>The work is done by components with one job each, run in this order on one {@link ActorRun}:
 * {@link PlaceActors} (countries, places, seats), {@link OrganisationActors} (organisations,
 * acronyms), {@link PersonNames} (name clustering and knowledge-base linking of full names),
 * {@link GroupActors} (groups and nationality adjectives), {@link PersonRoles} (surname linking
 * through titles, roles), {@link DescriptionLinks} ("the Russian president"), {@link ActorCountries}
 * (countries and codes), {@link AgentComposition} (agents composed with actors),
 * {@link GroupAntecedents} ("the army" after "the Ukrainian army") and {@link ActorEmitter} (the
 * layers).
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorResolver implements Component {
  private final KnowledgeBase kb;
  private final AgentDictionary agents;
  private final Map<String, KbCountry> countryByCapital = new HashMap<>();

  /** A resolver linking to {@code kb}, composing agents with the built-in agents table. */
  public ActorResolver(KnowledgeBase kb) {
    this(kb, AgentDictionary.builtIn());
  }

  /** A resolver linking to {@code kb} and composing agents ("Gondor police") with {@code agents}. */
  public ActorResolver(KnowledgeBase kb, AgentDictionary agents) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.agents = Objects.requireNonNull(agents, "agents");
    for (KbCountry c : kb.countries()) {
      if (c.capital() != null) {
        countryByCapital.putIfAbsent(norm(c.capital()), c);
      }
    }
  }

  /** A resolver linking to the built-in knowledge base. */
  public ActorResolver() {
    this(KnowledgeBase.builtIn());
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.ACTORS, Layers.ACTOR_MENTIONS);
  }

  @Override
  public Doc apply(Doc doc) {
    return resolve(new ActorRun(doc, kb, agents, countryByCapital));
  }

  /** The components in order; each reads what the earlier ones drafted. */
  private static Doc resolve(ActorRun run) {
    List<Mention> persons = new ArrayList<>();
    List<Mention> orgs = new ArrayList<>();
    PlaceActors places = new PlaceActors(run);
    PersonNames names = new PersonNames(run);
    for (Mention m : run.mentions) {
      switch (m.label()) {
        case "PERSON" -> {
          if (!names.notAName(m)) {
            persons.add(m);
          }
        }
        case "COUNTRY" -> places.country(m);
        case "LOCATION" -> places.location(m);
        case "ORGANIZATION" -> orgs.add(m);
        default -> { } // MISC: nationalities, events, works
      }
    }
    places.countryCompounds();
    new OrganisationActors(run, places).organisations(orgs);
    names.persons(persons);
    GroupActors groups = new GroupActors(run);
    for (Mention g : run.doc.find(EntityLayers.GROUPS).orElse(List.of())) {
      groups.group(g);
    }
    PersonRoles roles = new PersonRoles(run);
    for (Draft d : run.drafts.values()) {
      if (d.type == ActorType.PERSON) {
        roles.personDetails(d);
      }
    }
    new DescriptionLinks(run).descriptions();
    groups.nationalityModifiers();
    new ActorCountries(run).countries();
    new AgentComposition(run).run();
    new GroupAntecedents(run).run();
    return new ActorEmitter(run).emit();
  }
}
