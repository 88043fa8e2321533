package am.haven.assistance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How programmes, cycles, lines and cases look in the JSON API (and the pages' models). */
final class AssistanceJson {

    private AssistanceJson() {}

    static Map<String, Object> programme(Programme p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        if (p.funder() != null) m.put("funder", p.funder());
        m.put("currency", p.currency());
        m.put("unit", p.unit().name());
        Map<String, Object> amount = new LinkedHashMap<>(ProgrammeRepository.amountJson(p.amount()));
        amount.put("currency", p.currency());
        m.put("amount", amount);
        m.put("recurrence", p.recurrence().once() ? Map.of("kind", "ONCE")
                : Map.of("kind", "MONTHLY", "cycles", p.recurrence().cycles()));
        if (p.startsOn() != null) m.put("startsOn", p.startsOn());
        if (p.endsOn() != null) m.put("endsOn", p.endsOn());
        m.put("version", p.version());
        m.put("eligibility", p.eligibility());
        m.put("createdAt", p.createdAt());
        m.put("createdBy", p.createdBy());
        return m;
    }

    static Map<String, Object> cycle(Cycle c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("programmeId", c.programmeId());
        m.put("number", c.number());
        m.put("status", c.status().name());
        m.put("asOf", c.asOf());
        m.put("rulesVersion", c.rulesVersion());
        m.put("totals", Map.of("lines", c.lines(), "amount", c.amount(), "payable", c.payable(),
                "ineligible", c.lines() - c.payable()));
        m.put("draftedBy", c.draftedBy());
        m.put("draftedAt", c.draftedAt());
        if (c.approvedBy() != null) {
            m.put("approvedBy", c.approvedBy());
            m.put("approvedAt", c.approvedAt());
        }
        return m;
    }

    static Map<String, Object> line(Line l, ReasonText text, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("identityId", l.identityId());
        m.put("personIds", l.personIds());
        m.put("payeePersonId", l.payeePersonId());
        m.put("amount", l.amount());
        if (l.carriedAmount() > 0) {
            m.put("carriedAmount", l.carriedAmount());
            m.put("carriedLineIds", l.carriedLineIds());
        }
        m.put("status", l.status());
        m.put("reason", text.render(l.reasons(), locale));
        m.put("reasons", l.reasons().stream().map(r -> Map.of("code", r.code().name(), "values", r.values())).toList());
        if (l.resultStatus() != null) {
            if (l.resultReference() != null) m.put("reference", l.resultReference());
            if (l.resultReason() != null) m.put("resultReason", l.resultReason());
            m.put("reconciledAt", l.reconciledAt());
        }
        return m;
    }

    static Map<String, Object> assistanceCase(AssistanceCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kind", c.kind().name());
        m.put("status", c.status().name());
        m.put("programmeId", c.programmeId());
        if (c.cycleId() != null) m.put("cycleId", c.cycleId());
        m.put("identityId", c.identityId());
        if (c.otherIdentityId() != null) m.put("otherIdentityId", c.otherIdentityId());
        m.put("lineIds", c.lineIds());
        m.put("amount", c.amount());
        m.put("decisionRef", c.decisionRef());
        if (c.owner() != null) m.put("owner", c.owner());
        m.put("openedAt", c.openedAt());
        m.put("updatedAt", c.updatedAt());
        return m;
    }

    static Map<String, Object> page(List<?> items, int total) {
        return Map.of("items", items, "total", total);
    }
}
