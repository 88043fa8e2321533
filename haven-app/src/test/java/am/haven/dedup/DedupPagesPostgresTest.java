package am.haven.dedup;

import am.haven.testing.PostgresApp;

@PostgresApp
class DedupPagesPostgresTest extends DedupPagesContract {}
