package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
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

/**
 * The frame of every page: the title, the signed-in user and a menu of only what they may open.
 * The bar across the top is the page's banner landmark with its one top-level heading, and the
 * page shown is its main landmark, so a screen reader can jump between the three.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("PCN Workforce Planner");
        title.addClassName("app-title");
        Header bar = new Header(new DrawerToggle(), title, userBox(authentication));
        bar.addClassName("app-bar");
        addToNavbar(bar);
        addToDrawer(menu());
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
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
