package am.haven.shelter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code haven serve --demo}: when there are no sites yet, adds synthetic accommodation sites across
 * every region (hotels, dormitories, community centres, host families, flats), enough beds for the
 * demo population, so the allocation review can be tried at once.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "haven.demo", havingValue = "true")
class DemoSites implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSites.class);
    private static final Map<Region, List<String>> TOWNS = Map.ofEntries(
            Map.entry(Region.YEREVAN, List.of("Yerevan", "Yerevan Nor Nork", "Yerevan Malatia", "Yerevan Arabkir")),
            Map.entry(Region.SYUNIK, List.of("Goris", "Kapan", "Sisian", "Meghri")),
            Map.entry(Region.VAYOTS_DZOR, List.of("Vayk", "Jermuk", "Yeghegnadzor")),
            Map.entry(Region.ARARAT, List.of("Artashat", "Masis", "Vedi")),
            Map.entry(Region.ARMAVIR, List.of("Armavir", "Vagharshapat", "Metsamor")),
            Map.entry(Region.KOTAYK, List.of("Hrazdan", "Abovyan", "Tsaghkadzor", "Charentsavan")),
            Map.entry(Region.GEGHARKUNIK, List.of("Gavar", "Sevan", "Martuni")),
            Map.entry(Region.LORI, List.of("Vanadzor", "Alaverdi", "Spitak", "Stepanavan")),
            Map.entry(Region.SHIRAK, List.of("Gyumri", "Artik", "Maralik")),
            Map.entry(Region.TAVUSH, List.of("Ijevan", "Dilijan", "Berd")),
            Map.entry(Region.ARAGATSOTN, List.of("Ashtarak", "Aparan")));

    private final SiteService sites;
    private final int beds;
    private final long seed;

    DemoSites(SiteService sites, @Value("${haven.demo.beds:12000}") int beds, @Value("${haven.demo.seed:2023}") long seed) {
        this.sites = sites;
        this.beds = beds;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sites.list(null, null).isEmpty()) return;
        List<SiteImport.Row> rows = new ArrayList<>();
        List<SiteRequest> requests = requests(beds, seed);
        for (int i = 0; i < requests.size(); i++) rows.add(new SiteImport.Row(i + 2, requests.get(i), List.of()));
        int created = sites.importRows(rows).size();
        log.info("Demo sites loaded: {} sites, {} beds", created, requests.stream().mapToInt(SiteRequest::capacity).sum());
    }

    /** About {@code beds} beds: a fifth in small host families and flats, the rest in larger sites. */
    static List<SiteRequest> requests(int beds, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Region[] regions = Region.values();
        List<SiteRequest> out = new ArrayList<>();
        int total = 0;
        int n = 0;
        while (total < beds) {
            Region region = regions[n % 3 == 0 ? 0 : r.nextInt(regions.length)];
            List<String> towns = TOWNS.get(region);
            String town = towns.get(r.nextInt(towns.size()));
            boolean small = total < beds / 5;
            SiteType type = small ? (r.nextBoolean() ? SiteType.HOST_FAMILY : SiteType.RENTED_FLAT)
                    : List.of(SiteType.HOTEL, SiteType.DORMITORY, SiteType.COLLECTIVE_CENTRE).get(r.nextInt(3));
            int capacity = small ? 2 + r.nextInt(7) : 20 + r.nextInt(180);
            String name = switch (type) {
                case HOTEL -> "Hotel " + town + " " + (n + 1);
                case DORMITORY -> town + " college dormitory " + (n + 1);
                case COLLECTIVE_CENTRE -> town + " community centre " + (n + 1);
                case HOST_FAMILY -> "Host family, " + town + " #" + (n + 1);
                default -> "Flat, " + town + " #" + (n + 1);
            };
            double roll = r.nextDouble();
            String rule = roll < 0.05 ? "FAMILIES_ONLY" : roll < 0.08 ? "WOMEN_AND_CHILDREN_ONLY" : "NONE";
            boolean accessible = r.nextDouble() < (small ? 0.1 : 0.35);
            out.add(new SiteRequest(name, type.name(), region.name(), town, region.latitude() + (r.nextDouble() - 0.5) * 0.2,
                    region.longitude() + (r.nextDouble() - 0.5) * 0.25, capacity, null, null, accessible, !small && r.nextBoolean(),
                    small || r.nextBoolean(), r.nextDouble() < 0.6, true, r.nextDouble() < 0.3, null, rule, "OPEN", null, null));
            total += capacity;
            n++;
        }
        return out;
    }
}
