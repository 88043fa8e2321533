package am.haven.registration;

import am.haven.testing.SqliteApp;

@SqliteApp
class HouseholdImportSqliteTest extends HouseholdImportContract {}
