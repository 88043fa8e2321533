package am.haven.shelter;

import am.haven.testing.SqliteApp;

@SqliteApp
class ShelterPagesSqliteTest extends ShelterPagesContract {}
