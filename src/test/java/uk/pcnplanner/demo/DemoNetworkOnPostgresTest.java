package uk.pcnplanner.demo;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class DemoNetworkOnPostgresTest extends DemoNetworkTest {}
