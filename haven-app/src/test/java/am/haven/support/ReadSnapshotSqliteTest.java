package am.haven.support;

import am.haven.testing.SqliteApp;

@SqliteApp
class ReadSnapshotSqliteTest extends ReadSnapshotContract {}
