package org.banyan.profile.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every tag the service knows: the built-in definitions and the custom tags analysts created. Custom
 * tags are read from the database and refreshed when any instance changes them, so a new custom tag
 * is computed everywhere without a redeploy.
 */
@Service
public class TagCatalog {

    private static final Logger log = LoggerFactory.getLogger(TagCatalog.class);

    private final List<TagDefinition> builtIns = BuiltInTags.definitions();
    private final Map<String, TagDefinition> builtInByCode = index(builtIns);
    private final CustomTagRepository repository;
    private volatile CustomState custom = new CustomState("", List.of(), Map.of());

    TagCatalog(CustomTagRepository repository) {
        this.repository = repository;
        refresh();
    }

    public List<TagDefinition> builtIns() {
        return builtIns;
    }

    /** Built-in tags, then custom tags in creation order, retired ones included. */
    public List<TagDefinition> all() {
        List<TagDefinition> all = new ArrayList<>(builtIns);
        custom.tags.forEach(t -> all.add(t.definition()));
        return all;
    }

    public Optional<TagDefinition> find(String code) {
        TagDefinition builtIn = builtInByCode.get(code);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        return Optional.ofNullable(custom.byCode.get(code)).map(CustomTag::definition);
    }

    /** The value type of an active tag, or null when no active tag has this code. */
    public ValueType activeType(String code) {
        return find(code).filter(TagDefinition::active).map(TagDefinition::valueType).orElse(null);
    }

    /** Active custom tags in creation order, which is also a valid evaluation order. */
    public List<CustomTag> activeCustomTags() {
        return custom.tags.stream().filter(t -> t.definition().active()).toList();
    }

    /** Re-reads custom tags when another instance (or this one) changed them. */
    @Scheduled(fixedDelayString = "${banyan.profile.catalog-refresh:5s}")
    public void refresh() {
        String fingerprint = repository.fingerprint();
        if (fingerprint.equals(custom.fingerprint)) {
            return;
        }
        List<CustomTag> tags = new ArrayList<>();
        Map<String, CustomTag> byCode = new LinkedHashMap<>();
        for (CustomTagRepository.StoredTag stored : repository.all()) {
            try {
                CustomTag tag = compile(stored, byCode);
                tags.add(tag);
                byCode.put(tag.definition().code(), tag);
            } catch (ExpressionError e) {
                // Checked when stored, so only a catalog change (a retired input) gets here: skip, say why.
                log.warn("Custom tag {} v{} is not computable any more: {}", stored.code(), stored.currentVersion(),
                        e.getMessage());
            }
        }
        tags.sort(Comparator.comparingLong(CustomTag::seq));
        custom = new CustomState(fingerprint, List.copyOf(tags), Map.copyOf(byCode));
    }

    /** Compiles an expression for a tag created after every tag in {@code earlier}. */
    TagExpression compileAgainst(String expression, Map<String, CustomTag> earlier) {
        Function<String, ValueType> known = code -> {
            TagDefinition builtIn = builtInByCode.get(code);
            if (builtIn != null) {
                return builtIn.active() ? builtIn.valueType() : null;
            }
            CustomTag other = earlier.get(code);
            return other != null && other.definition().active() ? other.definition().valueType() : null;
        };
        return TagExpression.compile(expression, known);
    }

    /** Custom tags created before {@code seq} (all of them for a new tag). */
    Map<String, CustomTag> customBefore(long seq) {
        Map<String, CustomTag> earlier = new LinkedHashMap<>();
        custom.tags.stream().filter(t -> t.seq() < seq).forEach(t -> earlier.put(t.definition().code(), t));
        return earlier;
    }

    boolean isBuiltIn(String code) {
        return builtInByCode.containsKey(code);
    }

    private CustomTag compile(CustomTagRepository.StoredTag stored, Map<String, CustomTag> earlier) {
        TagExpression expression = compileAgainst(stored.expression(), earlier);
        TagDefinition definition = new TagDefinition(stored.code(), stored.nameEn(), stored.nameZh(),
                stored.dimension(), stored.valueType(), Computation.EXPRESSION, stored.currentVersion(),
                stored.status(), stored.owner(), stored.description(), stored.expression(), null, List.of(), false,
                false);
        return new CustomTag(definition, expression, stored.seq());
    }

    private static Map<String, TagDefinition> index(List<TagDefinition> tags) {
        Map<String, TagDefinition> byCode = new LinkedHashMap<>();
        tags.forEach(t -> byCode.put(t.code(), t));
        return Map.copyOf(byCode);
    }

    private record CustomState(String fingerprint, List<CustomTag> tags, Map<String, CustomTag> byCode) {
    }
}
