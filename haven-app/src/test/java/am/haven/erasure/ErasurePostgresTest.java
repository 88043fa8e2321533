package am.haven.erasure;

import am.haven.testing.PostgresApp;

@PostgresApp
class ErasurePostgresTest extends ErasureContract {}
