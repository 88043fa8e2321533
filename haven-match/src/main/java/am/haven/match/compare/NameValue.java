package am.haven.match.compare;

/**
 * A prepared name: folded Latin form, cross-script sound key, given-name group (or null) and
 * Double Metaphone code.
 */
public record NameValue(String folded, String key, String group, String metaphone, int id) {}
