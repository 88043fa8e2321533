package am.haven.shelter;

import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates, corrects and reads sites; an import is all rows or none. */
@Service
public class SiteService {

    private final SiteRepository sites;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    SiteService(SiteRepository sites, AuditLog audit, PlatformTransactionManager txManager) {
        this.sites = sites;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
    }

    public Site create(SiteRequest request) {
        SiteFields f = SiteValidator.validate(request);
        String id = Ids.newId();
        tx.executeWithoutResult(s -> {
            sites.insert(id, f, Timestamps.now());
            audit.record("CREATE", "site", id, f.name());
        });
        return get(id);
    }

    public Site update(String id, SiteRequest request) {
        SiteFields f = SiteValidator.validate(request);
        tx.executeWithoutResult(s -> {
            if (sites.update(id, f, Timestamps.now()) == 0) throw new NotFoundException("site", id);
            audit.record("UPDATE", "site", id, f.name());
        });
        return get(id);
    }

    public Site get(String id) {
        return sites.find(id).orElseThrow(() -> new NotFoundException("site", id));
    }

    public List<Site> byIds(java.util.Collection<String> ids) {
        return sites.byIds(ids);
    }

    public List<Site> list(Region region, SiteStatus status) {
        return sites.list(region, status);
    }

    /** Imports parsed rows: every row is checked first; any problem rejects the whole file. */
    public List<Site> importRows(List<SiteImport.Row> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<SiteFields> valid = new ArrayList<>();
        for (SiteImport.Row row : rows) {
            problems.addAll(row.problems());
            SiteFields f = SiteValidator.validate(row.request(), "rows[" + row.number() + "].", problems);
            if (f != null) valid.add(f);
        }
        if (rows.isEmpty()) problems.add(new FieldProblem("file", "has no site rows"));
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        List<String> ids = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            String now = Timestamps.now();
            for (SiteFields f : valid) {
                String id = Ids.newId();
                sites.insert(id, f, now);
                ids.add(id);
            }
            audit.record("CREATE", "site", null, "import rows=" + ids.size());
        });
        return ids.stream().map(this::get).toList();
    }
}
