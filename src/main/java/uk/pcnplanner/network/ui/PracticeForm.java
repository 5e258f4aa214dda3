package uk.pcnplanner.network.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import uk.pcnplanner.base.ui.ScheduleTextConverter;
import uk.pcnplanner.network.domain.Practice;

/** A practice's code, name, list size, opening sessions and link worker clinic wish. */
final class PracticeForm extends EditForm<Practice> {

    final TextField code = eager(new TextField("Practice code"));
    final TextField name = eager(new TextField("Name"));
    final IntegerField listSize = eager(new IntegerField("List size"));
    final TextField openSessions = eager(new TextField("Open sessions"));
    final IntegerField linkWorkerSessions = eager(new IntegerField("Link worker sessions per week"));

    PracticeForm() {
        code.setHelperText("Its ODS code, e.g. C84001");
        code.setMaxLength(20);
        listSize.setMin(0);
        listSize.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("List size must be 0 or more")
                .setBadInputErrorMessage("Enter the list size as a whole number"));
        openSessions.setHelperText("When the practice is open, e.g. Mon-Fri, Sat AM");
        linkWorkerSessions.setMin(0);
        linkWorkerSessions.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("Sessions must be 0 or more")
                .setBadInputErrorMessage("Enter the sessions as a whole number"));
        linkWorkerSessions.setHelperText("Leave empty to share the link worker by list size");

        binder.forField(code)
                .asRequired("Enter the practice code, e.g. its ODS code C84001")
                .bind(Practice::getCode, Practice::setCode);
        binder.forField(name)
                .asRequired("Enter the practice name")
                .bind(Practice::getName, Practice::setName);
        binder.forField(listSize)
                .asRequired("Enter the list size")
                .withValidator(size -> size >= 0, "List size must be 0 or more")
                .bind(Practice::getListSize, Practice::setListSize);
        binder.forField(openSessions)
                .withConverter(ScheduleTextConverter.sessions())
                .bind(Practice::getOpenSessions, Practice::setOpenSessions);
        binder.forField(linkWorkerSessions)
                .withValidator(sessions -> sessions == null || sessions >= 0, "Sessions must be 0 or more")
                .bind(Practice::getLinkWorkerSessions, Practice::setLinkWorkerSessions);

        serviceField("Practice code", code);
        serviceField("Name", name);
        serviceField("List size", listSize);
        serviceField("Link worker sessions per week", linkWorkerSessions);
        add(code, name, listSize, openSessions, linkWorkerSessions);
    }
}
