package am.haven.reports;

import am.haven.testing.PostgresApp;

@PostgresApp
class ReportAgeRulePostgresTest extends ReportAgeRuleContract {}
