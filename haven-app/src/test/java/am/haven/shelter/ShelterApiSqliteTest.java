package am.haven.shelter;

import am.haven.testing.SqliteApp;

@SqliteApp
class ShelterApiSqliteTest extends ShelterApiContract {}
