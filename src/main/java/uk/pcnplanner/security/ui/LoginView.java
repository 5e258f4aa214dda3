package uk.pcnplanner.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | PCN Workforce Planner")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        // The whole sign-in page is its main content.
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(
                new H1("PCN Workforce Planner"),
                new Paragraph("Role budgets, rooms, supervision and clinic rotas for your network"),
                login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Sign-in paused for this login");
            i18n.getErrorMessage().setMessage("There have been too many wrong passwords for this login. Wait 15 minutes "
                    + "and try again, or ask your clinical director to check the account.");
            login.setI18n(i18n);
        } else if (parameters.containsKey("paused")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Sign-in paused from this network");
            i18n.getErrorMessage().setMessage("There have been too many failed sign-ins from your network's address. "
                    + "Wait 15 minutes and try again, or ask your clinical director.");
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("locked")
                || parameters.containsKey("paused"));
    }
}
