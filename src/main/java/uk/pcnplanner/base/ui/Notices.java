package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import uk.pcnplanner.base.service.ChangedElsewhereException;
import uk.pcnplanner.base.service.InvalidEditException;

/** How views tell people what happened: short confirmations, and errors that stay until read. */
public final class Notices {

    private static final int SHORT = 3000;

    private Notices() {}

    public static Notification saved(String message) {
        Notification notification = Notification.show(message, SHORT, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Shows a refusal from a service; returns false for anything a person cannot act on. */
    public static boolean refused(RuntimeException e) {
        if (e instanceof ChangedElsewhereException
                || e instanceof InvalidEditException
                || e instanceof AccessDeniedException) {
            error(e.getMessage());
            return true;
        }
        return false;
    }

    public static Notification error(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
        return notification;
    }
}
