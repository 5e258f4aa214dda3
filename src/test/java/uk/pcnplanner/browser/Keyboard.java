package uk.pcnplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.function.BooleanSupplier;

/**
 * Moving through a page as someone without a mouse does: Tab (or Shift+Tab) until the control wanted
 * has the focus, failing when it never gets there, since what the keyboard cannot reach some people
 * cannot use.
 */
final class Keyboard {

    /** More than any page here has controls before the one a journey wants. */
    static final int MOST_TABS = 80;

    /** The element that really has the focus, looking inside shadow roots (a grid's cell, a field's input). */
    private static final String DEEP_FOCUS = """
            () => {
              let focused = document.activeElement;
              while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
              }
              return focused;
            }""";

    private Keyboard() {}

    /** Signs in on the login page with Tab, typing and Enter. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        // Tabbing starts once the form is there, or the presses go to an empty page.
        page.locator("input[name='username']").waitFor();
        tabTo(page, "username");
        page.keyboard().type(username);
        tabTo(page, "password");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
    }

    /** Tabs forward to the control named by an input's name, its own text, its aria-label or its field label. */
    static void tabTo(Page page, String name) {
        move(page, "Tab", "\"" + name + "\"", () -> focusedIs(page, name));
    }

    /** Tabs backward to the control named, as {@link #tabTo(Page, String)}. */
    static void shiftTabTo(Page page, String name) {
        move(page, "Shift+Tab", "\"" + name + "\"", () -> focusedIs(page, name));
    }

    /** Presses a key (ArrowDown in an open list, say) until the control named has the focus. */
    static void pressUntil(Page page, String key, String name) {
        move(page, key, "\"" + name + "\"", () -> focusedIs(page, name));
    }

    /** Tabs forward until the focus is on or inside the element found. */
    static void tabTo(Page page, Locator target) {
        target.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        move(page, "Tab", target.toString(), () -> focusedInside(target));
    }

    /** Tabs forward until a body row (not the header) of the grid found has the focus. */
    static void tabToRows(Page page, Locator grid) {
        grid.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        move(page, "Tab", "the rows of " + grid, () -> Boolean.TRUE.equals(grid.evaluate("""
                grid => {
                  const cell = grid.shadowRoot && grid.shadowRoot.activeElement;
                  return !!cell && !!cell.closest('#items');
                }""")));
    }

    /** Presses a key (ArrowRight, say) until the focused grid cell is the one holding the element found. */
    static void arrowToCellOf(Page page, Locator content, String key) {
        content.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        move(page, key, "the grid cell of " + content, () -> Boolean.TRUE.equals(content.evaluate("""
                content => {
                  const grid = content.closest('vaadin-grid');
                  const cell = grid && grid.shadowRoot.activeElement;
                  const slot = cell && cell.querySelector('slot');
                  return !!slot && slot.assignedElements().some(held => held.contains(content));
                }""")));
    }

    /**
     * Presses a key (ArrowDown, say) until the focused grid row's text contains the text wanted; fails when
     * the grid's rows run out first.
     */
    static void arrowToRow(Page page, Locator grid, String key, String text) {
        move(page, key, "a row of " + grid + " with \"" + text + "\"", () -> focusedRowText(grid).contains(text));
    }

    /** The text of the grid row that has the focus, cell by cell, or "" when no row has it. */
    static String focusedRowText(Locator grid) {
        Object text = grid.evaluate("""
                grid => {
                  const focused = grid.shadowRoot && grid.shadowRoot.activeElement;
                  const row = focused && focused.closest('tr');
                  if (!row || !row.closest('#items')) return '';
                  return [...row.querySelectorAll('slot')]
                      .flatMap(slot => slot.assignedElements())
                      .map(content => content.textContent.trim())
                      .join(' | ');
                }""");
        return text == null ? "" : text.toString();
    }

    private static void move(Page page, String key, String what, BooleanSupplier reached) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (reached.getAsBoolean()) {
                return;
            }
            page.keyboard().press(key);
        }
        assertThat(reached.getAsBoolean()).as(key + " reaches " + what).isTrue();
    }

    private static boolean focusedInside(Locator target) {
        Object inside = target.evaluate("target => { const focused = (" + DEEP_FOCUS + ")(); "
                + "return !!focused && (target === focused || target.contains(focused) "
                + "|| (target.shadowRoot && target.shadowRoot.contains(focused))); }");
        return Boolean.TRUE.equals(inside);
    }

    private static boolean focusedIs(Page page, String name) {
        Object found = page.evaluate("""
                name => {
                  const names = [];
                  // Every element holding the focus, from the page's down to the one inside shadow roots.
                  for (let focused = document.activeElement; focused;
                      focused = focused.shadowRoot ? focused.shadowRoot.activeElement : null) {
                    names.push(focused.getAttribute('name'), focused.getAttribute('aria-label'),
                        (focused.textContent || '').trim());
                    if (focused.labels) {
                      [...focused.labels].forEach(label => names.push(label.textContent.trim()));
                    }
                    // A Vaadin field's own label, for the input or button inside it.
                    for (let up = focused; up; up = up.parentElement || up.getRootNode().host) {
                      if (up.localName.startsWith('vaadin-') && typeof up.label === 'string') {
                        names.push(up.label);
                        break;
                      }
                    }
                  }
                  return names.includes(name);
                }""", name);
        return Boolean.TRUE.equals(found);
    }
}
