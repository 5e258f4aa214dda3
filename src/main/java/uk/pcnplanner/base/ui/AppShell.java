package uk.pcnplanner.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads Lumo and the portal's own stylesheet; plain CSS keeps the pre-built frontend bundle usable.
 * Push lets a running solve update the rota page without the person doing anything.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "description", content = "Workforce planning for Primary Care Networks")
public class AppShell implements AppShellConfigurator {}
