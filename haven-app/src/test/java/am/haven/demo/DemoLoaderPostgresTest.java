package am.haven.demo;

import am.haven.testing.PostgresApp;

@PostgresApp
class DemoLoaderPostgresTest extends DemoLoaderContract {}
