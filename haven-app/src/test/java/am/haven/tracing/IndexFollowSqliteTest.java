package am.haven.tracing;

import am.haven.testing.SqliteApp;

@SqliteApp
class IndexFollowSqliteTest extends IndexFollowContract {}
