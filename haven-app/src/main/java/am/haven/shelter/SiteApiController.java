package am.haven.shelter;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Sites over JSON: the registry, its occupancy, who is there, and imports from CSV/XLSX. */
@RestController
@RequestMapping("/api/v1/sites")
class SiteApiController {

    private final SiteService sites;
    private final SiteResidents residents;
    private final OccupancyService occupancy;

    SiteApiController(SiteService sites, SiteResidents residents, OccupancyService occupancy) {
        this.sites = sites;
        this.residents = residents;
        this.occupancy = occupancy;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize(ShelterAccess.MANAGE)
    ResponseEntity<Site> create(@RequestBody SiteRequest request) {
        Site s = sites.create(request);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + s.id())).body(s);
    }

    @GetMapping
    @PreAuthorize(ShelterAccess.READ_SITES)
    Map<String, Object> list(@RequestParam(required = false) String region, @RequestParam(required = false) String status) {
        Region r = region == null ? null : Region.parse(region)
                .orElseThrow(() -> am.haven.support.InvalidRequestException.of("region", "unknown region '" + region + "'"));
        SiteStatus st = null;
        if (status != null) {
            try {
                st = SiteStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw am.haven.support.InvalidRequestException.of("status", "must be OPEN, FULL or CLOSED");
            }
        }
        List<Site> items = sites.list(r, st);
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/occupancy")
    @PreAuthorize(ShelterAccess.READ_SITES)
    Map<String, Object> occupancy() {
        List<OccupancyService.RegionOccupancy> items = occupancy.byRegion();
        return Map.of("items", items, "total", items.size(), "all", occupancy.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize(ShelterAccess.READ_SITES)
    Site get(@PathVariable String id) {
        return sites.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ShelterAccess.MANAGE)
    Site update(@PathVariable String id, @RequestBody SiteRequest request) {
        return sites.update(id, request);
    }

    @GetMapping("/{id}/residents")
    @PreAuthorize(ShelterAccess.MANAGE)
    Map<String, Object> residents(@PathVariable String id) {
        sites.get(id);
        List<SiteResidents.Resident> items = residents.of(id);
        return Map.of("items", items, "total", items.size());
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize(ShelterAccess.MANAGE)
    ResponseEntity<Map<String, Object>> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        List<Site> created = sites.importRows(SiteImport.read(file.getOriginalFilename(), file.getInputStream()));
        return ResponseEntity.status(201).body(Map.of("items", created, "total", created.size()));
    }
}
