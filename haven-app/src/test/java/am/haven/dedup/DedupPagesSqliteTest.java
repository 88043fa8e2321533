package am.haven.dedup;

import am.haven.testing.SqliteApp;

@SqliteApp
class DedupPagesSqliteTest extends DedupPagesContract {}
