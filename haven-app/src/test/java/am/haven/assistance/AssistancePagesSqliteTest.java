package am.haven.assistance;

import am.haven.testing.SqliteApp;

@SqliteApp
class AssistancePagesSqliteTest extends AssistancePagesContract {}
