package uk.pcnplanner.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.util.Comparator;
import java.util.function.Consumer;
import uk.pcnplanner.staff.service.StaffListItem;

/**
 * The staff list. Band and salary columns exist only for someone allowed to see pay, and the
 * edit controls only for someone allowed to edit.
 */
class StaffGrid extends Grid<StaffListItem> {

    /**
     * @param withPay whether to add the band and annual salary columns at all
     * @param onEdit what opening a row does, or null for a read-only list
     */
    StaffGrid(boolean withPay, Consumer<StaffListItem> onEdit) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        column(StaffListItem::staffCode, "staffCode", "Staff ID").setWidth("7.5em").setFlexGrow(0).setFrozen(true);
        column(StaffListItem::name, "name", "Name").setFlexGrow(1).setFrozen(true);
        column(StaffListItem::roleName, "role", "Role").setFlexGrow(1);
        column(item -> StaffText.wte(item.wte()), "wte", "WTE")
                .setComparator(Comparator.comparing(StaffListItem::wte, nullsLast()))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5em")
                .setFlexGrow(0);
        if (withPay) {
            column(StaffListItem::band, "band", "Band").setWidth("6em").setFlexGrow(0);
            column(item -> StaffText.money(item.annualSalary()), "annualSalary", "Annual salary")
                    .setComparator(Comparator.comparing(StaffListItem::annualSalary, nullsLast()))
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("9.5em")
                    .setFlexGrow(0);
        }
        column(StaffListItem::basePractice, "basePractice", "Base practice");
        column(StaffListItem::workingSessions, "workingSessions", "Working sessions");
        column(StaffListItem::supervisor, "supervisor", "Supervisor");
        column(item -> StaffText.funding(item.funding()), "funding", "Funding");
        column(item -> StaffText.date(item.startDate()), "startDate", "Start date")
                .setComparator(Comparator.comparing(StaffListItem::startDate, nullsLast()));
        column(item -> StaffText.date(item.endDate()), "endDate", "End date")
                .setComparator(Comparator.comparing(StaffListItem::endDate, nullsLast()));
        if (onEdit != null) {
            addComponentColumn(item -> editButton(item, onEdit))
                    .setKey("edit")
                    .setHeader("Action")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
            addItemDoubleClickListener(e -> onEdit.accept(e.getItem()));
        }
        setEmptyStateText("No staff match these filters");
    }

    private Column<StaffListItem> column(ValueProvider<StaffListItem, ?> value, String key, String header) {
        return addColumn(value).setKey(key).setHeader(header).setSortable(true).setAutoWidth(true).setResizable(true);
    }

    private static Button editButton(StaffListItem item, Consumer<StaffListItem> onEdit) {
        Button edit = new Button("Edit", e -> onEdit.accept(item));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + item.name());
        return edit;
    }

    private static <T extends Comparable<? super T>> Comparator<T> nullsLast() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }
}
