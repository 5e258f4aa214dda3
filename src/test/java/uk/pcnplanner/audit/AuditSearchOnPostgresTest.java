package uk.pcnplanner.audit;

import uk.pcnplanner.postgres.OnPostgres;

/** The same searches on the production database, where untyped null parameters fail. */
@OnPostgres
class AuditSearchOnPostgresTest extends AuditSearchTest {}
