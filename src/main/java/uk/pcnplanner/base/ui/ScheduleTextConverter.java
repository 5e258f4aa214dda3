package uk.pcnplanner.base.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.function.Function;
import uk.pcnplanner.time.InvalidScheduleTextException;
import uk.pcnplanner.time.SessionSet;
import uk.pcnplanner.time.SupervisionWindows;

/**
 * Lets a text field edit a session list or supervision windows through the one parser, so the
 * form shows the parser's own message while the person types.
 */
public final class ScheduleTextConverter<T> implements Converter<String, T> {

    private final Function<String, T> parser;

    private ScheduleTextConverter(Function<String, T> parser) {
        this.parser = parser;
    }

    public static ScheduleTextConverter<SessionSet> sessions() {
        return new ScheduleTextConverter<>(SessionSet::parse);
    }

    public static ScheduleTextConverter<SupervisionWindows> windows() {
        return new ScheduleTextConverter<>(SupervisionWindows::parse);
    }

    @Override
    public Result<T> convertToModel(String text, ValueContext context) {
        try {
            return Result.ok(parser.apply(text));
        } catch (InvalidScheduleTextException e) {
            return Result.error(e.getMessage());
        }
    }

    @Override
    public String convertToPresentation(T value, ValueContext context) {
        return value == null ? "" : value.toString();
    }
}
