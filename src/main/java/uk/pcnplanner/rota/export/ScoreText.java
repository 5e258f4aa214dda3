package uk.pcnplanner.rota.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one rule's score impact, e.g. {@code -3medium}, as its points; a rule scores at one level only. */
final class ScoreText {

    private static final Pattern POINTS = Pattern.compile("(-?\\d+)(hard|medium|soft)");

    private ScoreText() {}

    static int points(String impact) {
        Matcher m = POINTS.matcher(impact);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }
}
