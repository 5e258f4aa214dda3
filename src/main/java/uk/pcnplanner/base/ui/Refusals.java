package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;

/**
 * Shows a service's refusal where the person will look: on the form field it names, and as a
 * notice. Forms register their fields under the names the services use.
 */
public final class Refusals {

    private final Map<String, HasValidation> fields = new HashMap<>();

    public Refusals field(String serviceName, HasValidation field) {
        fields.put(serviceName, field);
        return this;
    }

    /** The registered fields, e.g. to switch them to manual validation. */
    public Collection<HasValidation> fields() {
        return fields.values();
    }

    /** Clears the marks of an earlier refusal before the next attempt. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Runs a service call; false when it was refused (and the refusal shown). Anything else is rethrown. */
    public boolean run(Runnable call) {
        return get(() -> {
                    call.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    public <T> Optional<T> get(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (InvalidEditException refusal) {
            mark(refusal);
            Notices.error(refusal.getMessage());
        } catch (ChangedElsewhereException | AccessDeniedException refusal) {
            Notices.error(refusal.getMessage());
        }
        return Optional.empty();
    }

    private void mark(InvalidEditException refusal) {
        HasValidation field = fields.get(refusal.field());
        if (field != null) {
            String reason = refusal.reason();
            field.setErrorMessage(reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
            field.setInvalid(true);
        }
    }
}
