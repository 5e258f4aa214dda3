package uk.pcnplanner;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class MigrationsOnPostgresTest extends MigrationsTest {}
