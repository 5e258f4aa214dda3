package uk.pcnplanner.staff.ui;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class StaffViewOnPostgresTest extends StaffViewTest {}
