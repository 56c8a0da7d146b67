package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where a place actor is: a point from the GeoNames-derived gazetteer and how precise it is.
 *
 * @param lat          latitude, WGS84 degrees
 * @param lon          longitude, WGS84 degrees
 * @param featureClass GeoNames feature code ({@code PPLC}, {@code PPLA}, {@code PPL}…), or {@code ADM1},
 *                     {@code PCLI} (country) or {@code RGN} (region)
 * @param countryCode  ISO 3166-1 alpha-2 code of the country it lies in (GeoNames' convention), or null
 * @param admin1       name of the first-level subdivision (state, province) it lies in, or null
 * @param geonamesId   GeoNames id, or null for places taken from other sources
 * @param precision    {@code city}, {@code admin1}, {@code country} or {@code region}
 */
@JsonPropertyOrder({"lat", "lon", "featureClass", "countryCode", "admin1", "geonamesId", "precision"})
public record Geo(double lat, double lon, String featureClass, String countryCode, String admin1,
    Long geonamesId, String precision) {

  /** The precisions a location may have, most precise first. */
  public static final List<String> PRECISIONS = List.of("city", "admin1", "country", "region");

  public Geo {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("lat must be -90..90, got: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("lon must be -180..180, got: " + lon);
    }
    if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("countryCode must be ISO 3166-1 alpha-2, got: " + countryCode);
    }
    if (!PRECISIONS.contains(precision)) {
      throw new IllegalArgumentException("precision must be one of " + PRECISIONS + ", got: " + precision);
    }
  }
}
