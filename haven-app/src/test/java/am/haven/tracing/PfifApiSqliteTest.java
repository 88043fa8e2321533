package am.haven.tracing;

import am.haven.testing.SqliteApp;

@SqliteApp
class PfifApiSqliteTest extends PfifApiContract {}
