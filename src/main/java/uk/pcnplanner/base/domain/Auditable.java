package uk.pcnplanner.base.domain;

import java.util.Map;

/** What the audit trail records of an entity: a type, a label a person recognises, and field values. */
public interface Auditable {

    String auditType();

    String auditId();

    String auditLabel();

    /** Field name to displayed value, in a stable order; compared before and after a change. */
    Map<String, String> auditValues();
}
