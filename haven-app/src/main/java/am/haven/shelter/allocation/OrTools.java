package am.haven.shelter.allocation;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once per JVM (they ship inside the ortools jar for each platform). */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {}

    static void load() {
        if (loaded) return;
        synchronized (OrTools.class) {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }
}
