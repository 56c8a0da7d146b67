package org.dossier.nlp.event;

import java.util.Map;

/**
 * CAMEO's rule for stated intentions: a cooperative act that an actor says it will do is coded in
 * root 03 ("will provide aid" is 033, not 070), and a hostile act it says it will do is a threat in
 * root 13 ("will impose sanctions" is 1312).
 *
 * <p>Stateless and thread-safe.
 */
final class IntentCodes {
  private static final Map<String, String> EXACT = Map.ofEntries(
      Map.entry("045", "039"), Map.entry("046", "036"), Map.entry("057", "032"),
      Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"), Map.entry("064", "0314"),
      Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"), Map.entry("074", "0334"),
      Map.entry("081", "0351"), Map.entry("0811", "0351"), Map.entry("0812", "0351"), Map.entry("0813", "0351"),
      Map.entry("0814", "0351"), Map.entry("082", "0352"), Map.entry("083", "034"), Map.entry("0831", "0341"),
      Map.entry("0832", "0342"), Map.entry("0833", "0343"), Map.entry("0834", "0344"),
      Map.entry("084", "0353"), Map.entry("0841", "0353"), Map.entry("0842", "0353"), Map.entry("085", "0354"),
      Map.entry("086", "0355"), Map.entry("0861", "0355"), Map.entry("0862", "0355"), Map.entry("0863", "0355"),
      Map.entry("087", "0356"), Map.entry("0871", "0356"), Map.entry("0872", "0356"), Map.entry("0873", "0356"),
      Map.entry("0874", "0356"),
      Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("1621", "1311"), Map.entry("1622", "1311"),
      Map.entry("1623", "1311"), Map.entry("163", "1312"), Map.entry("164", "134"), Map.entry("165", "135"),
      Map.entry("166", "136"), Map.entry("1661", "136"), Map.entry("1662", "136"), Map.entry("1663", "136"),
      Map.entry("143", "1312"), Map.entry("172", "132"), Map.entry("1721", "1321"), Map.entry("1722", "1322"),
      Map.entry("1723", "1323"), Map.entry("1724", "1324"), Map.entry("175", "137"), Map.entry("191", "1381"),
      Map.entry("192", "1382"), Map.entry("183", "1383"), Map.entry("190", "1384"), Map.entry("204", "1385"),
      Map.entry("2041", "1385"), Map.entry("2042", "1385"));

  /** CAMEO 12 codes for refusing an act of roots 03-08 ("will not accept", "refused to release"). */
  private static final Map<String, String> REFUSAL = Map.ofEntries(
      Map.entry("031", "121"), Map.entry("0311", "1211"), Map.entry("0312", "1212"), Map.entry("0313", "1213"),
      Map.entry("0314", "1214"), Map.entry("033", "122"), Map.entry("0331", "1221"), Map.entry("0332", "1222"),
      Map.entry("0333", "1223"), Map.entry("0334", "1224"), Map.entry("034", "123"), Map.entry("0341", "1231"),
      Map.entry("0342", "1232"), Map.entry("0343", "1233"), Map.entry("0344", "1234"), Map.entry("035", "124"),
      Map.entry("0351", "1241"), Map.entry("0352", "1242"), Map.entry("0353", "1243"), Map.entry("0354", "1244"),
      Map.entry("0355", "1245"), Map.entry("0356", "1246"), Map.entry("036", "125"), Map.entry("037", "127"),
      Map.entry("038", "126"), Map.entry("045", "126"), Map.entry("057", "127"),
      Map.entry("061", "1211"), Map.entry("062", "1212"), Map.entry("063", "1213"), Map.entry("064", "1214"),
      Map.entry("071", "1221"), Map.entry("072", "1222"), Map.entry("073", "1223"), Map.entry("074", "1224"),
      Map.entry("081", "1241"), Map.entry("0811", "1241"), Map.entry("0812", "1241"), Map.entry("0813", "1241"),
      Map.entry("0814", "1241"), Map.entry("082", "1242"), Map.entry("083", "123"), Map.entry("0831", "1231"),
      Map.entry("0832", "1232"), Map.entry("0833", "1233"), Map.entry("0834", "1234"),
      Map.entry("084", "1243"), Map.entry("0841", "1243"), Map.entry("0842", "1243"), Map.entry("085", "1244"),
      Map.entry("086", "1245"), Map.entry("0861", "1245"), Map.entry("0862", "1245"), Map.entry("0863", "1245"),
      Map.entry("087", "1246"), Map.entry("0871", "1246"), Map.entry("0872", "1246"), Map.entry("0873", "1246"),
      Map.entry("0874", "1246"));

  private IntentCodes() {}

  /**
   * CAMEO's rule for refusals: an actor's refusal to do a cooperative act of roots 03-08 is coded in
   * root 12 ("will not accept a plan" is 127, "refused to release" 1243); other codes come back null.
   */
  static String refusalOf(String code) {
    String exact = REFUSAL.get(code);
    if (exact != null) {
      return exact;
    }
    return switch (code.substring(0, 2)) {
      case "03", "05" -> "120";
      case "04" -> "125";
      case "06" -> "121";
      case "07" -> "122";
      case "08" -> "124";
      default -> null;
    };
  }

  /** The code for a stated intention to do {@code code}; {@code code} itself when CAMEO has none. */
  static String intentOf(String code) {
    String exact = EXACT.get(code);
    if (exact != null) {
      return exact;
    }
    String root = code.substring(0, 2);
    return switch (root) {
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> "031";
      case "07" -> "033";
      case "08" -> "035";
      case "14" -> "133";
      case "16" -> "131";
      case "17" -> "130";
      case "18", "19", "20" -> "138";
      default -> code;
    };
  }
}
