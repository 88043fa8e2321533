package am.haven.shelter;

/** The allocation review's "propose" form: time limit and the coordinator's weights. */
public class AllocationForm {

    private int timeLimitSeconds = AllocationService.DEFAULT_SECONDS;
    private double preferredRegion = am.haven.shelter.allocation.Weights.DEFAULT.preferredRegion();
    private double distancePerKm = am.haven.shelter.allocation.Weights.DEFAULT.distancePerKm();
    private double sameOrigin = am.haven.shelter.allocation.Weights.DEFAULT.sameOrigin();
    private double fill = am.haven.shelter.allocation.Weights.DEFAULT.fill();
    private String fillPolicy = am.haven.shelter.allocation.Weights.DEFAULT.fillPolicy().name();
    private double unplaced = am.haven.shelter.allocation.Weights.DEFAULT.unplaced();
    private double vulnerableFirst = am.haven.shelter.allocation.Weights.DEFAULT.vulnerableFirst();

    AllocationRequest toRequest() {
        return new AllocationRequest(null, true, timeLimitSeconds, "optimizer", new AllocationRequest.WeightsRequest(
                preferredRegion, distancePerKm, sameOrigin, fill, fillPolicy, unplaced, vulnerableFirst));
    }

    public int getTimeLimitSeconds() { return timeLimitSeconds; }
    public void setTimeLimitSeconds(int v) { timeLimitSeconds = v; }
    public double getPreferredRegion() { return preferredRegion; }
    public void setPreferredRegion(double v) { preferredRegion = v; }
    public double getDistancePerKm() { return distancePerKm; }
    public void setDistancePerKm(double v) { distancePerKm = v; }
    public double getSameOrigin() { return sameOrigin; }
    public void setSameOrigin(double v) { sameOrigin = v; }
    public double getFill() { return fill; }
    public void setFill(double v) { fill = v; }
    public String getFillPolicy() { return fillPolicy; }
    public void setFillPolicy(String v) { fillPolicy = v; }
    public double getUnplaced() { return unplaced; }
    public void setUnplaced(double v) { unplaced = v; }
    public double getVulnerableFirst() { return vulnerableFirst; }
    public void setVulnerableFirst(double v) { vulnerableFirst = v; }
}
