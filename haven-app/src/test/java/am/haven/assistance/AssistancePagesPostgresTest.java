package am.haven.assistance;

import am.haven.testing.PostgresApp;

@PostgresApp
class AssistancePagesPostgresTest extends AssistancePagesContract {}
