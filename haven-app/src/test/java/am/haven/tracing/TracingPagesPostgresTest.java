package am.haven.tracing;

import am.haven.testing.PostgresApp;

@PostgresApp
class TracingPagesPostgresTest extends TracingPagesContract {}
