package am.haven.reports;

import am.haven.testing.PostgresApp;

@PostgresApp
class ReportCountsPostgresTest extends ReportCountsContract {}
