package uk.pcnplanner.backup;

import uk.pcnplanner.postgres.OnPostgres;

/**
 * A backup made on PostgreSQL restores into a fresh H2 installation and backs up again unchanged: the
 * backup does not depend on which database made it.
 */
@OnPostgres
class BackupRoundTripOnPostgresTest extends BackupRoundTripTest {}
