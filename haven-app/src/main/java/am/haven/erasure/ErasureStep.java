package am.haven.erasure;

import java.util.Map;

/**
 * One feature's part of erasing a person: removes or anonymises what its own tables hold on the
 * record, inside the erasing transaction, and says what it erased as counts per kind ("documents":
 * 2), never the values. Steps run in {@link org.springframework.core.annotation.Order} order; the
 * one that deletes the record itself runs last, so the others can still read it.
 */
public interface ErasureStep {

    Map<String, Integer> erase(String personId);
}
