package am.haven.reports;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code haven.reports}.
 *
 * @param zone               the time zone whose calendar days reports count in (registrations are stored in UTC)
 * @param baselinePopulation the pre-crisis population the cumulative arrivals are compared with
 */
@ConfigurationProperties("haven.reports")
public record ReportSettings(@DefaultValue("Asia/Yerevan") ZoneId zone,
                             @DefaultValue("120000") long baselinePopulation) {}
