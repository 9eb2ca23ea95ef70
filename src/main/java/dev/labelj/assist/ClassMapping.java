package dev.labelj.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Which of the dataset's classes each model class becomes (docs/adr/0122-class-mapping.md). Model names are
 * matched to the dataset's by name, ignoring case; a chosen entry (model name or id to a dataset class, or
 * to nothing) wins; several model classes may map to one class. With no dataset classes at all every model class
 * keeps its own name; otherwise a model class matched by neither is unmatched: ignored until the user maps it.
 *
 * @param modelNames the model's names by id
 * @param targets    the dataset class of each model id that is used; a missing id is ignored
 * @param unmatched  model names matched by neither name nor a chosen entry, for the one-time mapping table
 */
public record ClassMapping(List<String> modelNames, Map<Integer, String> targets, List<String> unmatched) {
    public ClassMapping {
        modelNames = List.copyOf(modelNames);
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        unmatched = List.copyOf(unmatched);
    }

    /**
     * @param modelNames     the model's class names by id
     * @param datasetClasses the dataset's classes (classes.txt, the predefined list); empty adds every model class
     * @param chosen         model name (any case) or id to a dataset class; an empty value ignores that class
     */
    public static ClassMapping match(List<String> modelNames, List<String> datasetClasses, Map<String, String> chosen) {
        Map<String, String> ours = new LinkedHashMap<>();
        for (String name : datasetClasses) {
            ours.putIfAbsent(key(name), name);
        }
        Map<String, String> chosenByKey = new LinkedHashMap<>();
        chosen.forEach((model, target) -> chosenByKey.put(key(model), target.strip()));
        Map<Integer, String> targets = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (int id = 0; id < modelNames.size(); id++) {
            String name = modelNames.get(id);
            String idKey = Integer.toString(id);
            Optional<String> pick = Optional.ofNullable(chosenByKey.get(key(name)))
                    .or(() -> Optional.ofNullable(chosenByKey.get(idKey)));
            if (pick.isPresent()) {
                if (!pick.get().isEmpty()) {
                    targets.put(id, ours.getOrDefault(key(pick.get()), pick.get()));
                }
            } else if (ours.containsKey(key(name))) {
                targets.put(id, ours.get(key(name)));
            } else if (datasetClasses.isEmpty()) {
                targets.put(id, name);
            } else {
                unmatched.add(name);
            }
        }
        return new ClassMapping(modelNames, targets, unmatched);
    }

    /** The dataset class for a model class, or empty when it is ignored. */
    public Optional<String> target(int modelClass) {
        return Optional.ofNullable(targets.get(modelClass));
    }

    /** Only these model classes are decoded: an ignored class never suppresses or crowds out a used one. */
    public IntPredicate used() {
        return targets::containsKey;
    }

    /** The label each model class gets, null for an ignored one (what {@link Detector#infer} takes). */
    public IntFunction<String> labels() {
        return targets::get;
    }

    /** This mapping without the model classes not in {@code keep} (the "which classes to use" choice). */
    public ClassMapping onlyClasses(IntPredicate keep) {
        Map<Integer, String> kept = new LinkedHashMap<>();
        targets.forEach((id, name) -> {
            if (keep.test(id)) {
                kept.put(id, name);
            }
        });
        return new ClassMapping(modelNames, kept, unmatched);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
