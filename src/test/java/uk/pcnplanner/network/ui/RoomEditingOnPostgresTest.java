package uk.pcnplanner.network.ui;

import uk.pcnplanner.postgres.OnPostgres;

/** The same specification, on the production database. */
@OnPostgres
class RoomEditingOnPostgresTest extends RoomEditingTest {}
