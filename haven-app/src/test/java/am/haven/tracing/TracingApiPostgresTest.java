package am.haven.tracing;

import am.haven.testing.PostgresApp;

@PostgresApp
class TracingApiPostgresTest extends TracingApiContract {}
