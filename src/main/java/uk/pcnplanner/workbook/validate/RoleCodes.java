package uk.pcnplanner.workbook.validate;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The role catalogue as the checks need it: which codes exist, and which are ARRS-funded unless the
 * workbook says otherwise.
 */
public record RoleCodes(Set<String> codes, Set<String> arrsByDefault) {

    public RoleCodes {
        codes = upper(codes);
        arrsByDefault = upper(arrsByDefault);
    }

    public boolean exists(String code) {
        return code != null && codes.contains(code.toUpperCase(Locale.ROOT));
    }

    public boolean isArrsByDefault(String code) {
        return code != null && arrsByDefault.contains(code.toUpperCase(Locale.ROOT));
    }

    private static Set<String> upper(Set<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
