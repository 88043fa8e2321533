package am.haven.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gathers values during a transaction and hands them to {@code write} once, just before the
 * transaction commits: a group of registrations written in one transaction then costs one
 * statement for, say, all its "to be matched" markers instead of one per household. Outside a
 * transaction the values are written at once.
 */
public final class BeforeCommit<T> {

    private final Consumer<List<T>> write;

    public BeforeCommit(Consumer<List<T>> write) {
        this.write = write;
    }

    public void add(Collection<? extends T> values) {
        if (values.isEmpty()) return;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write.accept(List.copyOf(values));
            return;
        }
        @SuppressWarnings("unchecked")
        List<T> gathered = (List<T>) TransactionSynchronizationManager.getResource(this);
        if (gathered == null) {
            List<T> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResource(BeforeCommit.this);
                    write.accept(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommit.this);
                }
            });
            gathered = fresh;
        }
        gathered.addAll(values);
    }
}
