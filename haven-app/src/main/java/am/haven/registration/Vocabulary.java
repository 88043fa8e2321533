package am.haven.registration;

import java.util.List;

/** The coded lists the registration pages offer (the templates translate each code). */
public final class Vocabulary {

    static final Vocabulary INSTANCE = new Vocabulary();

    private Vocabulary() {}

    public List<Relationship> relationships() {
        return List.of(Relationship.values());
    }

    public List<SpecificNeed> needs() {
        return List.of(SpecificNeed.values());
    }

    public List<DocumentType> documentTypes() {
        return List.of(DocumentType.values());
    }

    public List<Sex> sexes() {
        return List.of(Sex.values());
    }
}
