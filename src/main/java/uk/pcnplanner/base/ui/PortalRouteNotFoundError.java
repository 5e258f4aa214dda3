package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an out-of-date or mistyped link opens, and a page the user may not see: inside the portal's
 * frame, with a title and a heading like every other page, and a way back to the overview. (Vaadin's
 * own page has neither title nor frame.)
 */
@PageTitle("Page not found | PCN Workforce Planner")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class PortalRouteNotFoundError extends RouteNotFoundError implements HasComponents {

    final Paragraph where = new Paragraph();

    public PortalRouteNotFoundError() {
        addClassName("not-found");
        Div header = new Div(new H2("Page not found"));
        header.addClassName("view-header");
        add(header, where, new Paragraph(new RouterLink("Go to the overview", HomeView.class)));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        where.setText("There is no page at /" + event.getLocation().getPath()
                + " that you can open. The link may be out of date: choose a page from the menu.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
