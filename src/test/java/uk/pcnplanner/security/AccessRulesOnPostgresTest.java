package uk.pcnplanner.security;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class AccessRulesOnPostgresTest extends AccessRulesTest {}
