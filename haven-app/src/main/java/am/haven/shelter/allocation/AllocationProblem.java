package am.haven.shelter.allocation;

import java.util.List;

/** Households to place, the sites that can take them, and the coordinator's weights. */
public record AllocationProblem(List<HouseholdDemand> households, List<SiteOffer> sites, Weights weights) {

    public AllocationProblem {
        households = List.copyOf(households);
        sites = List.copyOf(sites);
        if (weights == null) weights = Weights.DEFAULT;
    }
}
