package org.banyan.profile.tagging;

import org.banyan.common.error.BanyanException;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.outbox.Outbox;
import org.banyan.profile.catalog.Computation;
import org.banyan.profile.catalog.CustomTag;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.catalog.TagDefinition;
import org.banyan.profile.catalog.ValueType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps every customer's tags current: folds events into the customer's state, recomputes the tags,
 * stores them with the state, records the change in the history and publishes the tags that changed
 * (and only those) through the outbox, all in the caller's transaction.
 */
@Service
public class ProfileEngine {

    static final String PRODUCER = "profile-service";

    private final ProfileStore store;
    private final TagCatalog catalog;
    private final Outbox outbox;
    private final StateUpdates updates;
    private final TagComputer computer;

    ProfileEngine(ProfileStore store, TagCatalog catalog, Outbox outbox,
            @Value("${banyan.profile.business-zone:Asia/Shanghai}") ZoneId zone) {
        this.store = store;
        this.catalog = catalog;
        this.outbox = outbox;
        this.updates = new StateUpdates(zone);
        this.computer = new TagComputer(zone);
    }

    /** Applies one contract event; must run in the transaction that marks it processed. */
    public void apply(EventEnvelope<?> event) {
        String customerId = event.customerId();
        if (store.erased(customerId)) {
            return;
        }
        Optional<ProfileStore.Stored> stored = store.findForUpdate(customerId);
        CustomerState state = stored.map(ProfileStore.Stored::state).orElseGet(CustomerState::new);
        updates.apply(state, event);
        commit(customerId, stored.map(ProfileStore.Stored::profile), state, state.asOf, true);
    }

    /** Whether the customer was erased: their data must not come back through a late or replayed event. */
    public boolean isErased(String customerId) {
        return store.erased(customerId);
    }

    /** The business date of an event in the bank's time zone. */
    public LocalDate businessDate(Instant instant) {
        return instant.atZone(updates.zone()).toLocalDate();
    }

    public Optional<Profile> find(String customerId) {
        return store.find(customerId);
    }

    public Optional<Profile> asOf(String customerId, Instant at) {
        return store.asOf(customerId, at);
    }

    /** Sets (or with null clears) an EXTERNAL tag. */
    @Transactional
    public Profile setExternal(String customerId, String code, Object value) {
        TagDefinition tag = catalog.find(code).filter(t -> t.computation() == Computation.EXTERNAL && t.active())
                .orElseThrow(() -> BanyanException.invalid("'" + code + "' is not a tag that can be set"));
        Object canonical = value == null ? null : tag.valueType().canonical(value);
        if (value != null && (canonical == null
                || (!tag.categories().isEmpty() && !tag.categories().contains(canonical)))) {
            throw BanyanException.invalid("Tag '" + code + "' takes " + tag.valueType()
                    + (tag.categories().isEmpty() ? "" : " " + tag.categories()) + ", not " + value);
        }
        return update(customerId, state -> {
            if (canonical == null) {
                state.external.remove(code);
            } else {
                state.external.put(code, ValueType.toJson(canonical));
            }
        });
    }

    /** Records the customer's marketing consents as of now. */
    @Transactional
    public Profile setConsent(String customerId, boolean email, boolean sms, boolean push, boolean dataSharing) {
        String flags = (email ? "1" : "0") + (sms ? "1" : "0") + (push ? "1" : "0") + (dataSharing ? "1" : "0");
        CustomerState.Stamped consent = new CustomerState.Stamped(Instant.now().toEpochMilli(),
                "api-" + UUID.randomUUID(), flags, null, null, null);
        return update(customerId, state -> state.consent = CustomerState.Stamped.latest(state.consent, consent));
    }

    /**
     * Removes a customer's profile and history and publishes the removal of every tag; later events for
     * the customer are ignored. Returns the number of tags removed, or -1 when there was no profile.
     */
    @Transactional
    public int erase(String customerId) {
        Optional<ProfileStore.Stored> stored = store.findForUpdate(customerId);
        store.erase(customerId);
        if (stored.isEmpty()) {
            return -1;
        }
        Profile profile = stored.get().profile();
        List<TagsChanged.Change> removed = profile.tags().entrySet().stream()
                .map(e -> new TagsChanged.Change(e.getKey(), ValueType.toJson(e.getValue()), null)).toList();
        if (!removed.isEmpty()) {
            outbox.publish(Topics.TAG_CHANGES, EventEnvelope.of(EventContracts.TAG_CHANGES, PRODUCER, customerId,
                    new TagsChanged(profile.profileVersion() + 1, removed)));
        }
        return removed.size();
    }

    /**
     * Recomputes, as of {@code date} (or a later date a profile already reached), up to {@code limit}
     * profiles after {@code afterCustomerId}; for the batch job, one chunk per transaction.
     */
    @Transactional
    public ChunkResult recomputeChunk(String afterCustomerId, int limit, LocalDate date, boolean publish) {
        List<ProfileStore.Stored> chunk = store.chunkForUpdate(afterCustomerId, limit);
        int changed = 0;
        int day = (int) date.toEpochDay();
        for (ProfileStore.Stored stored : chunk) {
            stored.state().advanceTo(day);
            changed += commit(stored.profile().customerId(), Optional.of(stored.profile()), stored.state(),
                    stored.state().asOf, publish) ? 1 : 0;
        }
        String last = chunk.isEmpty() ? null : chunk.getLast().profile().customerId();
        return new ChunkResult(last, chunk.size(), changed);
    }

    /**
     * Rebuilds one customer's state from a complete list of events (the bulk import of a daily extract)
     * and computes the tags as of {@code date}. What the extract cannot know is kept from the stored
     * state: credit decisions and risk signals (another service's events), tags set through the API,
     * consent given through the API, and anything that arrived after {@code date}.
     */
    @Transactional
    public boolean rebuild(String customerId, List<EventEnvelope<?>> events, LocalDate date, boolean publish) {
        if (store.erased(customerId)) {
            return false;
        }
        Optional<ProfileStore.Stored> stored = store.findForUpdate(customerId);
        CustomerState state = new CustomerState();
        events.forEach(event -> updates.apply(state, event));
        int day = (int) date.toEpochDay();
        stored.ifPresent(s -> state.keepWhatExtractsLack(s.state(), day));
        state.advanceTo(day);
        return commit(customerId, stored.map(ProfileStore.Stored::profile), state, state.asOf, publish);
    }

    /** {@link #rebuild} for a chunk of customers in one transaction; returns how many changed. */
    @Transactional
    public int rebuildAll(Map<String, List<EventEnvelope<?>>> eventsByCustomer, LocalDate date, boolean publish) {
        int changed = 0;
        for (Map.Entry<String, List<EventEnvelope<?>>> customer : eventsByCustomer.entrySet()) {
            changed += rebuild(customer.getKey(), customer.getValue(), date, publish) ? 1 : 0;
        }
        return changed;
    }

    /** The tags a state gives as of a day: built-in tags, then custom tags in creation order. */
    Map<String, Object> tagsOf(CustomerState state, int asOf) {
        Map<String, Object> tags = computer.compute(state, asOf);
        for (CustomTag custom : catalog.activeCustomTags()) {
            tags.put(custom.definition().code(), custom.expression().evaluate(tags));
        }
        return tags;
    }

    private Profile update(String customerId, java.util.function.Consumer<CustomerState> change) {
        if (store.erased(customerId)) {
            throw BanyanException.notFound("Customer", customerId);
        }
        ProfileStore.Stored stored = store.findForUpdate(customerId)
                .orElseThrow(() -> BanyanException.notFound("Customer", customerId));
        change.accept(stored.state());
        commit(customerId, Optional.of(stored.profile()), stored.state(), stored.state().asOf, true);
        return store.find(customerId).orElseThrow();
    }

    /** Stores the state and its tags; publishes and records the changed tags. True when any tag changed. */
    private boolean commit(String customerId, Optional<Profile> before, CustomerState state, Integer asOf,
            boolean publish) {
        int day = asOf == null ? (int) businessDate(Instant.now()).toEpochDay() : asOf;
        Map<String, Object> tags = tagsOf(state, day);
        List<TagChange> changes = diff(before.map(Profile::tags).orElse(Map.of()), tags);
        if (changes.isEmpty()) {
            store.saveState(customerId, day, state);
            return false;
        }
        long version = before.map(Profile::profileVersion).orElse(0L) + 1;
        store.save(customerId, version, day, tags, state);
        store.recordChange(customerId, version, changes);
        if (publish) {
            outbox.publish(Topics.TAG_CHANGES, EventEnvelope.of(EventContracts.TAG_CHANGES, PRODUCER, customerId,
                    new TagsChanged(version, changes.stream().map(c -> new TagsChanged.Change(c.tag(),
                            ValueType.toJson(c.oldValue()), ValueType.toJson(c.newValue()))).toList())));
        }
        return true;
    }

    static List<TagChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Set<String> codes = new LinkedHashSet<>(after.keySet());
        codes.addAll(before.keySet());
        List<TagChange> changes = new ArrayList<>();
        Map<String, Object> now = new HashMap<>(after);
        for (String code : codes) {
            Object old = before.get(code);
            Object value = now.get(code);
            if (!Objects.equals(old, value)) {
                changes.add(new TagChange(code, old, value));
            }
        }
        return changes;
    }

    /** What one batch chunk did; {@code lastCustomerId} is null when there was nothing left. */
    public record ChunkResult(String lastCustomerId, int customers, int changed) {
    }
}
