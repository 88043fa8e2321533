package am.haven.demo;

import am.haven.testing.SqliteApp;

@SqliteApp
class DemoLoaderSqliteTest extends DemoLoaderContract {}
