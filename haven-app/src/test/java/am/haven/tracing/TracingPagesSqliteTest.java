package am.haven.tracing;

import am.haven.testing.SqliteApp;

@SqliteApp
class TracingPagesSqliteTest extends TracingPagesContract {}
