/** Record linkage for Haven: normalise, block, compare, score (Fellegi–Sunter), cluster. Pure Java. */
package am.haven.match;
