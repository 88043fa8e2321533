package am.haven.security;

import am.haven.testing.PostgresApp;

@PostgresApp
class AuditChainPostgresTest extends AuditChainContract {}
