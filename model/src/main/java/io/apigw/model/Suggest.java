package io.apigw.model;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?": the candidate nearest to a misspelt word, by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** Words longer than this get no suggestion: nobody mistypes them, and they cost time. */
  static final int MAX_WORD = 100;

  /**
   * The candidate nearest to {@code word}, or null when none is near enough (at most a third of the
   * word's length in edits, at least one), when {@code word} is itself a candidate, or when it is
   * longer than 100 characters.
   */
  public static String nearest(String word, Collection<String> candidates) {
    if (word.length() > MAX_WORD) {
      return null;
    }
    int limit = Math.max(1, word.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      // The distance is at least the difference in length; such candidates cannot be near enough.
      if (Math.abs(candidate.length() - word.length()) > limit) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best == null || best.equals(word)) {
      return null;
    }
    return bestDistance <= limit ? best : null;
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours counts one. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
