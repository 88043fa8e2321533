package am.haven.assistance;

import am.haven.testing.SqliteApp;

@SqliteApp
class AssistanceApiSqliteTest extends AssistanceApiContract {}
