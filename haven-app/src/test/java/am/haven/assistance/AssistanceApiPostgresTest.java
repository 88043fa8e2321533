package am.haven.assistance;

import am.haven.testing.PostgresApp;

@PostgresApp
class AssistanceApiPostgresTest extends AssistanceApiContract {}
