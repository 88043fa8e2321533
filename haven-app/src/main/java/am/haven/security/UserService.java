package am.haven.security;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users and API tokens. */
@Service
public class UserService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TOKEN_PREFIX = "hvn_";

    private final UserRepository users;
    private final TokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final TokenHolders holders;

    public UserService(UserRepository users, TokenRepository tokens, PasswordEncoder passwordEncoder, AuditLog audit,
                       TokenHolders holders) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.holders = holders;
    }

    @Transactional
    public String createUser(String username, String displayName, String password, Set<Role> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,100}")) {
            throw InvalidRequestException.of("username", "must be 2 to 100 letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < 10) {
            throw InvalidRequestException.of("password", "must have at least 10 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw InvalidRequestException.of("roles", "must name at least one role");
        }
        if (users.exists(username)) {
            throw new ConflictException("user '" + username + "' already exists");
        }
        String id = users.insert(username, displayName == null || displayName.isBlank() ? username : displayName,
                passwordEncoder.encode(password), roles);
        audit.record("CREATE", "user", id, "roles=" + UserRepository.formatRoles(roles));
        return id;
    }

    /** The signed-in user's own change: the current password must be right, the new one long enough and different. */
    @Transactional
    public void changeOwnPassword(String username, String current, String next) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new am.haven.support.NotFoundException("user", username));
        if (current == null || !passwordEncoder.matches(current, user.passwordHash())) {
            throw InvalidRequestException.of("current", "is not your current password");
        }
        if (next == null || next.length() < 10) throw InvalidRequestException.of("password", "must have at least 10 characters");
        if (next.equals(current)) throw InvalidRequestException.of("password", "must differ from the current one");
        users.updatePassword(username, passwordEncoder.encode(next));
        audit.record("UPDATE", "user", user.id(), "own password changed");
    }

    /** An administrator's reset: the user's sessions end at their next request; the user should change it at once. */
    @Transactional
    public void resetPassword(String username, String next) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new am.haven.support.NotFoundException("user", username));
        if (next == null || next.length() < 10) throw InvalidRequestException.of("password", "must have at least 10 characters");
        users.updatePassword(username, passwordEncoder.encode(next));
        audit.record("UPDATE", "user", user.id(), "password reset by an administrator");
    }

    @Transactional
    public void setRoles(String username, Set<Role> roles, boolean enabled) {
        if (!users.exists(username)) throw new NotFoundException("user", username);
        users.updateRoles(username, roles, enabled);
        holders.forgetAll();
        audit.record("UPDATE", "user", username, "roles=" + UserRepository.formatRoles(roles) + " enabled=" + enabled);
    }

    /** Makes a new API token for {@code username} and returns it; only its hash is kept. */
    @Transactional
    public String createToken(String username, String label) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.insert(user.id(), hash(token), label);
        audit.record("CREATE", "api_token", user.id(), label);
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
