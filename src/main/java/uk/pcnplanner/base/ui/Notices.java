package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** How views tell people what happened: short confirmations, and errors that stay until read. */
public final class Notices {

    private static final int SHORT = 3000;

    private Notices() {}

    public static Notification saved(String message) {
        Notification notification = Notification.show(message, SHORT, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
        return notification;
    }
}
