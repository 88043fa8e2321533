package am.haven.erasure;

import am.haven.testing.SqliteApp;

@SqliteApp
class ErasureSqliteTest extends ErasureContract {}
