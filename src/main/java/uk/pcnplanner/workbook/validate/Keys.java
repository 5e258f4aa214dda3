package uk.pcnplanner.workbook.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** IDs and codes match whatever their case, as the sheets' headers do. */
public final class Keys {

    private Keys() {}

    public static String of(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public static <T> Set<String> of(Collection<T> rows, Function<T, String> code) {
        return rows.stream().map(code).filter(Objects::nonNull).map(Keys::of).collect(Collectors.toSet());
    }
}
