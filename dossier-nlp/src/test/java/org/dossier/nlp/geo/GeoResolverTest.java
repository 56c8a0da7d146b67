package org.dossier.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.kb.KnowledgeBase;
import org.dossier.model.Actor;
import org.dossier.model.ActorType;
import org.dossier.model.DocumentInfo;
import org.dossier.model.Geo;
import org.dossier.nlp.doc.ActorMention;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layers;
import org.dossier.nlp.doc.Mention;
import org.dossier.nlp.doc.Sentence;
import org.dossier.nlp.doc.Token;
import org.junit.jupiter.api.Test;

class GeoResolverTest {
  /** A tiny gazetteer of our own (rounded coordinates, invented small towns). */
  private static final String FIXTURE = String.join("\n",
      "C\tUS\tUnited States\t39.8\t-98.6",
      "C\tFR\tFrance\t46\t2",
      "C\tCN\tChina\t35\t105",
      "C\tUA\tUkraine\t49\t32",
      "A\tUS\tIL\tIllinois\t40\t-89.2",
      "A\tUS\tMA\tMassachusetts\t42.3\t-71.8",
      "A\tUS\tVA\tVirginia\t37.4\t-78.7",
      "A\tCN\tHL\tHeilongjiang\t47.9\t127.7",
      "P\t1\tSpringfield\t\tUS\tPPLA\tIL\tIllinois\t116000\t39.80\t-89.64",
      "P\t2\tSpringfield\t\tUS\tPPL\tMA\tMassachusetts\t153000\t42.10\t-72.59",
      "P\t3\tSpringfield\t\tUS\tPPL\tMO\tMissouri\t166000\t37.21\t-93.29",
      "P\t4\tFrance\t\tUS\tPPL\tTX\tTexas\t1200\t31.0\t-97.0",
      "P\t5\tHarbin\t\tCN\tPPLA\t08\tHeilongjiang\t5000000\t45.75\t126.65",
      "P\t6\tVirginia\t\tIE\tPPL\tU\tUlster\t2000\t53.8\t-7.0",
      "P\t7\tKharkiv\tKharkov\tUA\tPPLA\t07\tKharkiv Oblast\t1400000\t49.98\t36.25",
      "P\t8\tKharkiv\t\tUS\tPPL\tNY\tNew York\t1100\t42.0\t-75.0",
      "P\t9\tSmallton\t\tUS\tPPL\tIL\tIllinois\t1500\t41.0\t-88.0",
      "A\tUS\tWA\tWashington\t47.4\t-120.7",
      "P\t11\tDolton\t\tUA\tPPL\t07\tKharkiv Oblast\t20000\t49.5\t36.0",
      "P\t12\tDolton\t\tUS\tPPL\tIL\tIllinois\t25000\t41.6\t-87.6",
      "P\t10\tWashington, D.C.\t\tUS\tPPLC\tDC\tDistrict of Columbia\t600000\t38.9\t-77.04",
      "");
  private static final Pattern TOKEN = Pattern.compile("'s|\\w+|[^\\s\\w]");

  private final Gazetteer gazetteer = load();
  private final GeoResolver resolver = new GeoResolver(() -> gazetteer, () -> KnowledgeBase.withFiles(List.of()));

  private static Gazetteer load() {
    try {
      return Gazetteer.load(new ByteArrayInputStream(FIXTURE.getBytes(StandardCharsets.UTF_8)),
          KnowledgeBase.withFiles(List.of()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void apply_cityCommaState_picksThatState() {
    assertThat(geoOf("He grew up in Springfield, Illinois, and left.", "Springfield", "Illinois").admin1()).isEqualTo("Illinois");
    assertThat(geoOf("He grew up in Springfield, Massachusetts, and left.", "Springfield", "Massachusetts").admin1())
        .isEqualTo("Massachusetts");
  }

  @Test
  void apply_bareAmbiguousName_staysUnresolved() {
    assertThat(geoOf("Rain fell on Springfield all day.", "Springfield")).isNull();
  }

  @Test
  void apply_countryName_isCountryNeverTown() {
    Geo g = geoOf("Talks were held in France on Monday.", "France");
    assertThat(g.precision()).isEqualTo("country");
    assertThat(g.countryCode()).isEqualTo("FR");
    assertThat(g.geonamesId()).isNull();
  }

  @Test
  void apply_possessiveCountryAfterComma_picksCityInThatCountry() {
    Geo g = geoOf("The train reached Kharkiv, Ukraine's second city.", "Kharkiv", "Ukraine");
    assertThat(g.countryCode()).isEqualTo("UA");
    assertThat(g.precision()).isEqualTo("city");
    Geo h = geoOf("The fair opened in Harbin, China's northeast.", "Harbin", "China");
    assertThat(h.geonamesId()).isEqualTo(5L);
  }

  @Test
  void apply_countryPossessiveBeforeCity_picksCityInThatCountry() {
    assertThat(geoOf("Crowds filled China's Harbin on Sunday.", "Harbin", "China").countryCode()).isEqualTo("CN");
  }

  @Test
  void apply_stateName_resolvesToAdmin1NotSmallTown() {
    Geo g = geoOf("The company is based in Virginia.", "Virginia");
    assertThat(g.precision()).isEqualTo("admin1");
    assertThat(g.countryCode()).isEqualTo("US");
  }

  @Test
  void apply_smallTownWithoutContext_staysUnresolved() {
    assertThat(geoOf("Officials met in Smallton.", "Smallton")).isNull();
    assertThat(geoOf("Officials met in Smallton, Illinois.", "Smallton", "Illinois").geonamesId()).isEqualTo(9L);
  }

  @Test
  void apply_qualifierNamingNoCandidateCountry_staysUnresolved() {
    assertThat(geoOf("The mill at Springfield, France closed.", "Springfield", "France")).isNull();
  }

  @Test
  void apply_noPlaces_addsEmptyLayerAndKeepsActors() {
    Doc doc = annotate("Nothing to see here.");
    Doc out = resolver.apply(doc);
    assertThat(out.get(GeoResolver.GEO)).isEmpty();
    assertThat(out.get(Layers.ACTORS)).isEmpty();
  }

  @Test
  void lookup_genericWordAroundKnownName_onlyThatKind() {
    assertThat(gazetteer.lookup("the State of Virginia")).singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(Place.Kind.ADMIN1));
    assertThat(gazetteer.lookup("Municipality of Harbin")).singleElement()
        .satisfies(p -> assertThat(p.geonamesId()).isEqualTo(5L));
    assertThat(gazetteer.lookup("Illinois City")).isEmpty();
  }

  @Test
  void apply_seatStandingForGovernment_resolvesToCapitalNotNamesake() {
    String text = "Washington warned that Washington state would lose funds.";
    Doc doc = annotate(text, "Washington", "Washington state");
    List<Actor> actors = new ArrayList<>(doc.get(Layers.ACTORS));
    Actor seat = actors.get(0);
    actors.set(0, new Actor(seat.id(), seat.name(), seat.type(), null, "USA", null, List.of(), List.of(), List.of(),
        null, new org.dossier.model.Metonymy("a9", seat.mentions())));
    List<Actor> out = resolver.apply(doc.with(Layers.ACTORS, List.copyOf(actors))).get(Layers.ACTORS);
    assertThat(out.get(0).geo().geonamesId()).isEqualTo(10L);
    assertThat(out.get(1).geo().precision()).isEqualTo("admin1");
  }

  @Test
  void apply_listOfStates_commaIsNoQualifier() {
    assertThat(geoOf("Fires spread across Virginia, Illinois and Massachusetts.", "Virginia", "Illinois")
        .precision()).isEqualTo("admin1");
  }

  @Test
  void capital_countryWithPplc_mostPopulousCapital() {
    assertThat(gazetteer.capital("US")).hasValueSatisfying(p -> assertThat(p.geonamesId()).isEqualTo(10L));
    assertThat(gazetteer.capital("FR")).isEmpty();
  }

  @Test
  void loadBinary_compiledFixture_sameLookupsAsTsv() throws IOException {
    java.io.ByteArrayOutputStream bin = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bin)) {
      Gazetteer.writeBinary(new ByteArrayInputStream(FIXTURE.getBytes(StandardCharsets.UTF_8)), gz);
    }
    Gazetteer compiled = Gazetteer.loadBinary(new ByteArrayInputStream(bin.toByteArray()), KnowledgeBase.withFiles(List.of()));
    assertThat(compiled.cityCount()).isEqualTo(gazetteer.cityCount());
    for (String name : List.of("Springfield", "Kharkov", "Harbin", "France", "Virginia", "Washington", "Nowhere",
        "the State of Virginia", "United States")) {
      assertThat(compiled.lookup(name)).as(name).isEqualTo(gazetteer.lookup(name));
    }
    assertThat(compiled.capital("US")).isEqualTo(gazetteer.capital("US"));
  }

  @Test
  void loadBinary_notAGazetteer_failsWithMagicInMessage() throws IOException {
    java.io.ByteArrayOutputStream bin = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bin)) {
      gz.write(new byte[] {1, 2, 3, 4});
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Gazetteer.loadBinary(
        new ByteArrayInputStream(bin.toByteArray()), KnowledgeBase.withFiles(List.of())))
        .isInstanceOf(IOException.class).hasMessageContaining("1020304");
  }

  @Test
  void apply_cityOfSettledCountry_winsWithoutCountryName() {
    assertThat(geoOf("Shelling hit Dolton overnight.", "Dolton")).isNull();
    assertThat(geoOf("Shelling hit Kharkiv and then Dolton overnight.", "Dolton", "Kharkiv").geonamesId())
        .isEqualTo(11L);
  }

  @Test
  void apply_shortFormOfResolvedLongForm_samePlace() {
    assertThat(geoOf("Officials in Washington, D.C. said Washington would wait.", "Washington", "Washington, D.C.")
        .geonamesId()).isEqualTo(10L);
  }

  @Test
  void apply_unknownPlaceName_leavesGeoNull() {
    assertThat(geoOf("They fled to Nowhereville.", "Nowhereville")).isNull();
  }

  private Geo geoOf(String text, String place, String... others) {
    List<String> names = new ArrayList<>(List.of(place));
    names.addAll(List.of(others));
    Doc out = resolver.apply(annotate(text, names.toArray(String[]::new)));
    Actor a = out.get(Layers.ACTORS).stream().filter(x -> x.name().equals(place)).findFirst().orElseThrow();
    assertThat(out.get(GeoResolver.GEO).get(a.id())).isEqualTo(a.geo());
    return a.geo();
  }

  /** Tokens by a simple regex, one sentence, each given name a LOCATION mention and actor. */
  private static Doc annotate(String text, String... locations) {
    Doc doc = Doc.of(DocumentInfo.of("t", LocalDate.of(2024, 5, 17), text));
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), m.start(), m.end(), m.group(), "NNP", m.group(), "O", 0));
    }
    List<Mention> mentions = new ArrayList<>();
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<ActorMention> links = new ArrayList<>();
    for (String name : locations) {
      int b = text.indexOf(name);
      int e = b + name.length();
      int first = tokens.stream().filter(t -> t.begin() == b).findFirst().orElseThrow().index();
      int end = tokens.stream().filter(t -> t.end() == e).findFirst().orElseThrow().index() + 1;
      Mention mention = new Mention(b, e, first, end, name, "LOCATION", "ner");
      mentions.add(mention);
      String id = "a" + (actors.size() + 1);
      actors.put(id, new Actor(id, name, ActorType.LOCATION, null, null, null, List.of(), List.of(),
          List.of(doc.offsets().span(b, e))));
      links.add(new ActorMention(mention, id));
    }
    mentions.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
    return doc.with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.of(new Sentence(0, 0, text.length(), 0, tokens.size(), 0, false)))
        .with(Layers.MENTIONS, List.copyOf(mentions))
        .with(Layers.ACTORS, List.copyOf(actors.values()))
        .with(Layers.ACTOR_MENTIONS, List.copyOf(links));
  }
}
