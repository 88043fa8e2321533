package am.haven.reports;

import am.haven.testing.SqliteApp;

@SqliteApp
class ReportAgeRuleSqliteTest extends ReportAgeRuleContract {}
