package am.haven.dedup;

import am.haven.testing.SqliteApp;

@SqliteApp
class DedupApiSqliteTest extends DedupApiContract {}
