package uk.pcnplanner.integrity;

import uk.pcnplanner.postgres.OnPostgres;

/** The same constraints, on the production database. */
@OnPostgres
class DoubleBookingOnPostgresTest extends DoubleBookingTest {}
