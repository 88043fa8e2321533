package am.haven.shelter;

import am.haven.testing.PostgresApp;

@PostgresApp
class ShelterApiPostgresTest extends ShelterApiContract {}
