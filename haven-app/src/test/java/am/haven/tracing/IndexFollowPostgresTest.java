package am.haven.tracing;

import am.haven.testing.PostgresApp;

@PostgresApp
class IndexFollowPostgresTest extends IndexFollowContract {}
