package am.haven.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out human-friendly household numbers ({@code 001234-5}: a serial and a Luhn check digit
 * that catches one mistyped digit or two swapped ones). Each instance reserves a block in its own short
 * transaction, so registrations never queue on one hot counter row and several instances can share
 * a database; numbers are unique but not strictly in time order across instances.
 */
@Component
class HouseholdNumbers {

    // Each reservation is a transaction of its own (an fsync on SQLite); a restart leaves at most one block unused.
    private static final int BLOCK = 100;

    private final HouseholdRepository households;
    private final TransactionTemplate tx;
    private long next;
    private long end;

    HouseholdNumbers(HouseholdRepository households, PlatformTransactionManager txManager) {
        this.households = households;
        this.tx = new TransactionTemplate(txManager);
    }

    /** Must be called outside any transaction: on SQLite a nested write would wait on itself. */
    synchronized String next() {
        if (next >= end) {
            Long start = tx.execute(s -> households.reserveNumbers(BLOCK));
            next = start;
            end = start + BLOCK;
        }
        return format(next++);
    }

    static String format(long serial) {
        String digits = String.format("%06d", serial);
        return digits + "-" + luhn(digits);
    }

    static int luhn(String digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{6,}-\\d")) return false;
        String[] parts = number.split("-");
        return luhn(parts[0]) == parts[1].charAt(0) - '0';
    }
}
