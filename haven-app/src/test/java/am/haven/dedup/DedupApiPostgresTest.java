package am.haven.dedup;

import am.haven.testing.PostgresApp;

@PostgresApp
class DedupApiPostgresTest extends DedupApiContract {}
