package am.haven.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Readiness of the embedded database's storage: the volume holding the SQLite file has room, and
 * the file can be written. A full disk otherwise shows only as failed writes; here it takes the
 * instance out of a load balancer's rotation and says why. On PostgreSQL the disk is the server's,
 * and a full one reaches Haven as an error of its own ({@link DatabaseTrouble.Kind#DISK_FULL}).
 */
@Component("storageHealthIndicator") // health component "storage"
class StorageHealth implements HealthIndicator {

    private final Path file;
    private final DataSize minimumFree;

    StorageHealth(@Value("${spring.datasource.url}") String url,
                  @Value("${haven.storage.min-free:100MB}") DataSize minimumFree) {
        this.file = Dialect.of(url) == Dialect.SQLITE ? sqliteFile(url) : null;
        this.minimumFree = minimumFree;
    }

    private static Path sqliteFile(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        return Path.of(query < 0 ? path : path.substring(0, query)).toAbsolutePath();
    }

    @Override
    public Health health() {
        if (file == null) return Health.up().build();
        try {
            long free = Files.getFileStore(file).getUsableSpace();
            Health.Builder h = free < minimumFree.toBytes() ? Health.down().withDetail("trouble", DatabaseTrouble.Kind.DISK_FULL.slug()) : Health.up();
            if (!Files.isWritable(file)) h = Health.down().withDetail("trouble", DatabaseTrouble.Kind.STORAGE.slug());
            return h.withDetail("freeBytes", free).build();
        } catch (IOException e) {
            return Health.down().withDetail("trouble", DatabaseTrouble.Kind.STORAGE.slug()).build();
        }
    }
}
