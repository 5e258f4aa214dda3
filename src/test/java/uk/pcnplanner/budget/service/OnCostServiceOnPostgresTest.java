package uk.pcnplanner.budget.service;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class OnCostServiceOnPostgresTest extends OnCostServiceTest {}
