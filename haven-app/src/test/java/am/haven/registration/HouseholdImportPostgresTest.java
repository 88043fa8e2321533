package am.haven.registration;

import am.haven.testing.PostgresApp;

@PostgresApp
class HouseholdImportPostgresTest extends HouseholdImportContract {}
