package am.haven.registration;

import am.haven.testing.SqliteApp;

@SqliteApp
class RegistrationApiSqliteTest extends RegistrationApiContract {}
