package uk.pcnplanner.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code --name value} pairs after the command's name. */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(args[i].substring(2), args[++i]);
            } else if (args[i].startsWith("--")) {
                values.put(args[i].substring(2), "");
            }
        }
        return new Options(Map.copyOf(values));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }
}
