package am.haven.shelter;

import am.haven.testing.PostgresApp;

@PostgresApp
class ShelterPagesPostgresTest extends ShelterPagesContract {}
