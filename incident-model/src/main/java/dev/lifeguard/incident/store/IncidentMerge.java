package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Three-way merge of two writers' versions of one incident, for a save that lost the revision race: the live
 * watch keeps appending alerts and replacing the recorded series while an engineer edits the same incident in
 * its workspace, and neither should have to choose between its work and the other's.
 *
 * <p>Field by field: a field only one side changed takes that side's value. A list field (timeline, action
 * items, series, …) takes the other side's list, drops what this side removed and appends what this side
 * added, so both sides' additions survive; the timeline is then put back in time order. Anything both sides
 * changed differently (the same field, or the same list element edited or removed on both) is a real
 * conflict: the merge declines and the caller asks the user.
 */
public final class IncidentMerge {

    private static final RecordComponent[] COMPONENTS = Incident.class.getRecordComponents();
    private static final Constructor<Incident> CANONICAL = canonical();

    private IncidentMerge() {}

    /**
     * Merges {@code mine} and {@code theirs}, both derived from {@code base}; empty when they conflict (or when
     * the merged incident would be invalid, e.g. key times out of order).
     */
    public static Optional<Incident> merge(Incident base, Incident mine, Incident theirs) {
        Object[] merged = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object b = read(COMPONENTS[i], base);
            Object m = read(COMPONENTS[i], mine);
            Object t = read(COMPONENTS[i], theirs);
            if (Objects.equals(m, b) || Objects.equals(m, t)) {
                merged[i] = t;
            } else if (Objects.equals(t, b)) {
                merged[i] = m;
            } else if (b instanceof List<?> bl && m instanceof List<?> ml && t instanceof List<?> tl) {
                Optional<List<Object>> list = mergeList(bl, ml, tl);
                if (list.isEmpty()) {
                    return Optional.empty();
                }
                merged[i] = COMPONENTS[i].getName().equals("timeline") ? inTimeOrder(list.get()) : list.get();
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(CANONICAL.newInstance(merged));
        } catch (InvocationTargetException e) {
            return Optional.empty(); // the records refused the combination: let the user decide
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an Incident from its components", e);
        }
    }

    /** The names of the fields (record components) whose values differ between two versions, in field order. */
    public static List<String> changedFields(Incident before, Incident after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            if (!Objects.equals(read(component, before), read(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    /**
     * The fields both sides changed in ways the merge cannot combine: the same field set to different values, or
     * the same list element edited or removed on both sides. Empty exactly when {@link #merge} succeeds, except
     * when the merged incident would be invalid.
     */
    public static List<String> conflictingFields(Incident base, Incident mine, Incident theirs) {
        List<String> conflicts = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            Object b = read(component, base);
            Object m = read(component, mine);
            Object t = read(component, theirs);
            if (Objects.equals(m, b) || Objects.equals(m, t) || Objects.equals(t, b)) {
                continue;
            }
            if (b instanceof List<?> bl && m instanceof List<?> ml && t instanceof List<?> tl) {
                if (mergeList(bl, ml, tl).isPresent()) {
                    continue;
                }
            }
            conflicts.add(component.getName());
        }
        return conflicts;
    }

    /** The value of field {@code name} of an incident, for showing a conflict. */
    public static Object field(Incident incident, String name) {
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals(name)) {
                return read(component, incident);
            }
        }
        throw new IllegalArgumentException("Incident has no field '" + name + "'");
    }

    /**
     * A copy of {@code incident} with field {@code name} set to {@code value}.
     *
     * @throws IllegalArgumentException when there is no such field, or the value makes an invalid incident
     */
    public static Incident withField(Incident incident, String name, Object value) {
        Object[] values = new Object[COMPONENTS.length];
        boolean found = false;
        for (int i = 0; i < COMPONENTS.length; i++) {
            boolean named = COMPONENTS[i].getName().equals(name);
            values[i] = named ? value : read(COMPONENTS[i], incident);
            found |= named;
        }
        if (!found) {
            throw new IllegalArgumentException("Incident has no field '" + name + "'");
        }
        try {
            return CANONICAL.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "incident " + incident.id() + " with that " + name + ": "
                            + e.getTargetException().getMessage(),
                    e.getTargetException());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build an Incident from its components", e);
        }
    }

    private static Optional<List<Object>> mergeList(List<?> base, List<?> mine, List<?> theirs) {
        List<Object> result = new ArrayList<>(theirs);
        for (Object old : base) {
            if (!mine.contains(old)) {
                if (!theirs.contains(old)) {
                    return Optional.empty(); // edited or removed on both sides
                }
                result.remove(old);
            }
        }
        for (Object added : mine) {
            if (!base.contains(added) && !result.contains(added)) {
                result.add(added);
            }
        }
        return Optional.of(result);
    }

    private static List<Object> inTimeOrder(List<Object> entries) {
        List<Object> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> ((TimelineEntry) e).at()));
        return sorted;
    }

    private static Object read(RecordComponent component, Incident incident) {
        try {
            return component.getAccessor().invoke(incident);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Incident." + component.getName(), e);
        }
    }

    private static Constructor<Incident> canonical() {
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return Incident.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Incident has no canonical constructor", e);
        }
    }
}
