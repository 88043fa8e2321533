package am.haven.reports;

import am.haven.testing.SqliteApp;

@SqliteApp
class ReportCountsSqliteTest extends ReportCountsContract {}
