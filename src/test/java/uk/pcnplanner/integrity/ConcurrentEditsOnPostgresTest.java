package uk.pcnplanner.integrity;

import uk.pcnplanner.postgres.OnPostgres;

/** The same thousand interleaved edits on the production database, whose locking differs from H2's. */
@OnPostgres
class ConcurrentEditsOnPostgresTest extends ConcurrentEditsTest {}
