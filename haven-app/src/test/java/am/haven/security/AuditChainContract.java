package am.haven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import am.haven.cli.AuditCommand;
import am.haven.support.Dialect;
import am.haven.testing.Api;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Tampering happens on a database of its own, so no other test meets a broken chain. */
@TestPropertySource(properties = "haven.test.database=audit-chain")
abstract class AuditChainContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChain chain;
    @Autowired Dialect dialect;
    @Value("${haven.data-dir:}") String dataDir;

    private void someWork() {
        Api admin = new Api(port, users.createToken("admin", "test"));
        var r = admin.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "members", List.of(Map.of("givenName", "Արմինե", "familyName", "Սարգսյան", "sex", "F", "birthDate", "1975",
                        "relationship", "HEAD"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        admin.get("/api/v1/households/" + r.body().get("id").asString());
    }

    @Test
    void the_application_cannot_change_or_delete_an_audit_event() {
        someWork();
        String id = jdbc.sql("SELECT id FROM audit_event ORDER BY at DESC LIMIT 1").query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET detail = 'nothing happened' WHERE id = ?").param(id).update())
                .hasMessageContaining("audit records cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(id).update())
                .hasMessageContaining("audit records cannot be changed or deleted");
    }

    @Test
    void verify_names_an_edited_a_deleted_and_an_inserted_event_and_is_intact_again_once_each_is_undone() throws Exception {
        someWork();
        assertThat(chain.verify().intact()).isTrue();
        record Row(String id, String at, String actor, String action, String type, String entity, String detail, String mac) {}
        Row victim = jdbc.sql("SELECT id, at, actor, action, entity_type, entity_id, detail, mac FROM audit_event WHERE action = 'CREATE' ORDER BY at DESC LIMIT 1")
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8))).single();
        allowTampering(true);
        try {
            jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?").param(victim.id()).update();
            AuditChain.Verdict edited = chain.verify();
            assertThat(edited.intact()).isFalse();
            assertThat(edited.brokenEventId()).isEqualTo(victim.id());
            jdbc.sql("UPDATE audit_event SET actor = ? WHERE id = ?").params(victim.actor(), victim.id()).update();
            assertThat(chain.verify().intact()).as("the edit undone").isTrue();

            jdbc.sql("DELETE FROM audit_event WHERE id = ?").param(victim.id()).update();
            AuditChain.Verdict deleted = chain.verify();
            assertThat(deleted.brokenEventId()).isEqualTo(victim.id());
            assertThat(deleted.reason()).contains("deleted");
            jdbc.sql("INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(victim.id(), victim.at(), victim.actor(), victim.action(), victim.type(), victim.entity(), victim.detail(), victim.mac())
                    .update();
            assertThat(chain.verify().intact()).as("the deletion undone").isTrue();

            // A forger who knows the schema, but not the key, queues an event of their own for sealing.
            jdbc.sql("INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail, mac) VALUES ('forged-1', ?, 'admin', 'READ', 'person', NULL, 'nothing to see', ?)")
                    .params(am.haven.support.Timestamps.now(), "0".repeat(64)).update();
            jdbc.sql("INSERT INTO audit_unsealed (event_id) VALUES ('forged-1')").update();
            AuditChain.Verdict inserted = chain.verify();
            assertThat(inserted.brokenEventId()).isEqualTo("forged-1");
            assertThat(inserted.reason()).contains("signature");

            // One who bypasses the queue stays outside the chain, and that is named too.
            jdbc.sql("INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, detail) VALUES ('forged-2', ?, 'admin', 'READ', 'person', NULL, 'nothing')")
                    .param(am.haven.support.Timestamps.now()).update();
            jdbc.sql("DELETE FROM audit_seal WHERE event_id = 'forged-1'").update();
            jdbc.sql("DELETE FROM audit_event WHERE id = 'forged-1'").update();
            AuditChain.Verdict outside = chain.verify();
            assertThat(outside.intact()).isFalse();
        } finally {
            allowTampering(false);
        }
    }

    @Test
    void the_command_prints_that_the_chain_is_intact_and_exits_zero() {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect == Dialect.SQLITE, "the command opens the SQLite file of the data directory");
        someWork();
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            exit = AuditCommand.run(new String[] {"verify", "--data", dataDir});
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("audit chain intact: [1-9][0-9]* events");
        assertThat(exit).isZero();
    }

    /** What a database owner can do and the application cannot: switch the append-only triggers off. */
    private void allowTampering(boolean allow) {
        if (dialect == Dialect.POSTGRESQL) {
            for (String t : new String[] {"audit_event", "audit_seal"}) {
                jdbc.sql("ALTER TABLE " + t + (allow ? " DISABLE" : " ENABLE") + " TRIGGER " + t + "_append_only").update();
            }
            return;
        }
        for (String t : new String[] {"audit_event", "audit_seal"}) {
            for (String op : new String[] {"UPDATE", "DELETE"}) {
                String name = t + "_no_" + op.toLowerCase();
                if (allow) jdbc.sql("DROP TRIGGER IF EXISTS " + name).update();
                else jdbc.sql("CREATE TRIGGER IF NOT EXISTS " + name + " BEFORE " + op + " ON " + t
                        + " BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed or deleted'); END").update();
            }
        }
    }
}
