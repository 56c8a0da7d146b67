package org.dossier.nlp.geo;

import org.dossier.model.Geo;

/**
 * One gazetteer entry a name may refer to.
 *
 * @param name         the entry's own name
 * @param kind         what it is
 * @param lat          latitude
 * @param lon          longitude
 * @param featureCode  GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code PPL}…), {@code ADM1},
 *                     {@code PCLI} for countries, {@code RGN} for regions
 * @param countryCode  ISO 3166-1 alpha-2, or null (regions)
 * @param admin1Code   first-level subdivision code as GeoNames gives it, or null
 * @param admin1       first-level subdivision name, or null
 * @param population   population, 0 when unknown
 * @param geonamesId   GeoNames id, or null
 */
public record Place(String name, Kind kind, double lat, double lon, String featureCode, String countryCode,
    String admin1Code, String admin1, long population, Long geonamesId) {

  /** What a place is; decides the precision of a location resolved to it. */
  public enum Kind {
    CITY("city"), ADMIN1("admin1"), COUNTRY("country"), REGION("region");

    private final String precision;

    Kind(String precision) {
      this.precision = precision;
    }

    /** The {@link Geo#precision()} value. */
    public String precision() {
      return precision;
    }
  }

  /** This place as the contract's {@link Geo}. */
  public Geo toGeo() {
    return new Geo(lat, lon, featureCode, countryCode, admin1, geonamesId, kind.precision());
  }
}
