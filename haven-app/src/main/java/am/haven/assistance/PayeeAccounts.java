package am.haven.assistance;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payee accounts: bank cards (checked by length and Luhn) and bank accounts (checked by the national
 * pattern {@code haven.assistance.account-pattern}). The number is shown only to ASSISTANCE and
 * ADMIN, masked to everyone else, and every read writes an audit event.
 */
@Service
public class PayeeAccounts {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Pattern accountPattern;

    PayeeAccounts(AccountRepository accounts, AuditLog audit, JdbcClient jdbc,
                  @Value("${haven.assistance.account-pattern:[0-9]{16}}") String accountPattern) {
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.accountPattern = Pattern.compile(accountPattern);
    }

    /** An account as a response shows it: {@code number} is masked unless the caller may see it. */
    public record View(String id, String personId, String kind, String number, boolean masked, String holder,
                       String createdAt, String createdBy, boolean current) {}

    @Transactional
    public View add(String personId, String kind, String number, String holder) {
        List<FieldProblem> problems = new ArrayList<>();
        if (personId == null || personId.isBlank()) problems.add(new FieldProblem("personId", "is required"));
        else if (jdbc.sql("SELECT COUNT(*) FROM assistance_person WHERE person_id = ?").param(personId).query(Integer.class).single() == 0) {
            problems.add(new FieldProblem("personId", "no registered person has this id"));
        }
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (!k.equals("CARD") && !k.equals("ACCOUNT")) problems.add(new FieldProblem("kind", "must be CARD or ACCOUNT"));
        else if (k.equals("CARD")) cardProblem(digits).ifPresent(m -> problems.add(new FieldProblem("number", m)));
        else if (!accountPattern.matcher(digits).matches()) {
            problems.add(new FieldProblem("number", "is not an account number of the form " + accountPattern.pattern()));
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        AccountRepository.Account a = new AccountRepository.Account(Ids.newId(), personId, k, digits,
                holder == null || holder.isBlank() ? null : holder.strip(), Timestamps.now(), AuditLog.currentActor(), null);
        accounts.replace(a);
        audit.record("CREATE", "assistance_account", a.id(), "person=" + personId);
        return view(a, canSeeNumbers());
    }

    /** The person's accounts, newest first; each read is audited, masked or not. */
    @Transactional
    public List<View> ofPerson(String personId) {
        boolean full = canSeeNumbers();
        List<View> out = accounts.ofPerson(personId).stream().map(a -> view(a, full)).toList();
        for (View v : out) audit.record(full ? "READ" : "READ_MASKED", "assistance_account", v.id(), "person=" + personId);
        return out;
    }

    /** Card numbers: 13 to 19 digits with a valid Luhn check digit. */
    static java.util.Optional<String> cardProblem(String digits) {
        if (!digits.matches("[0-9]{13,19}")) return java.util.Optional.of("a card number has 13 to 19 digits");
        if (!luhn(digits)) return java.util.Optional.of("is not a valid card number (check digit)");
        return java.util.Optional.empty();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static String mask(String number) {
        if (number.length() <= 4) return "****";
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    /** Only assistance officers and admins see account numbers. */
    static boolean canSeeNumbers() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return false;
        for (GrantedAuthority g : auth.getAuthorities()) {
            if (g.getAuthority().equals("ROLE_ASSISTANCE") || g.getAuthority().equals("ROLE_ADMIN")) return true;
        }
        return false;
    }

    private static View view(AccountRepository.Account a, boolean full) {
        return new View(a.id(), a.personId(), a.kind(), full ? a.number() : mask(a.number()), !full, a.holder(),
                a.createdAt(), a.createdBy(), a.endedAt() == null);
    }

    Map<String, AccountRepository.Account> currentByIdentity() {
        return new LinkedHashMap<>(accounts.currentByIdentity());
    }
}
