package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.pcnplanner.security.PortalUser;

/** The frame of every page: the title, the signed-in user and a menu of only what they may open. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span title = new Span("PCN Workforce Planner");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title, userBox(authentication));
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private static Div userBox(AuthenticationContext authentication) {
        Div box = new Div();
        box.addClassName("app-user");
        authentication.getAuthenticatedUser(PortalUser.class).ifPresent(user -> {
            Span who = new Span(user.displayName() + " · " + user.role().label());
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(who, signOut);
        });
        return box;
    }
}
