package org.banyan.recommendation.catalogue;

import org.banyan.common.error.BanyanException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The product catalogue. Serving reads an in-memory copy (thousands of products fit easily), refreshed
 * after every local write and every few seconds, so writes made through another instance show up
 * quickly without a database read per recommendation request.
 */
@Service
public class Catalogue {

    private final ProductRepository products;
    private final Clock clock;
    private final AtomicReference<Snapshot> cache = new AtomicReference<>(new Snapshot(Map.of(), List.of()));

    Catalogue(ProductRepository products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    /** Every product, retired ones included (feedback and reports may still name them). */
    public Map<String, Product> all() {
        return cache.get().byId();
    }

    public Optional<Product> find(String productId) {
        return Optional.ofNullable(cache.get().byId().get(productId));
    }

    /** The product, or a 404 problem naming it. */
    public Product require(String productId) {
        return find(productId).orElseThrow(() -> BanyanException.notFound("Product", productId));
    }

    /** Products that may be offered now, in id order. */
    public List<Product> offerable() {
        Instant now = clock.instant();
        return cache.get().ordered().stream().filter(p -> p.offerableAt(now)).toList();
    }

    /** Products that name interest signals, in id order (few, so scanning them per request is cheap). */
    public List<Product> withInterestSignals() {
        return cache.get().withSignals();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${banyan.recommendation.catalogue.refresh:5s}")
    public void refresh() {
        List<Product> all = products.findAll();
        cache.set(new Snapshot(all.stream().collect(Collectors.toUnmodifiableMap(Product::productId,
                Function.identity())), all));
    }

    @Transactional
    Product create(ProductRequest request) {
        if (!products.insert(request, clock.instant())) {
            throw BanyanException.conflict("Product '" + request.productId() + "' already exists");
        }
        return reload(request.productId());
    }

    @Transactional
    Product replace(ProductRequest request) {
        if (!products.update(request, clock.instant())) {
            throw BanyanException.notFound("Product", request.productId());
        }
        return reload(request.productId());
    }

    @Transactional
    Product retire(String productId) {
        if (!products.retire(productId, clock.instant())) {
            throw BanyanException.notFound("Product", productId);
        }
        return reload(productId);
    }

    Product read(String productId) {
        return products.find(productId).orElseThrow(() -> BanyanException.notFound("Product", productId));
    }

    List<Product> list() {
        return products.findAll();
    }

    /** The cached catalogue: by id, in id order, and the products with interest signals. */
    private record Snapshot(Map<String, Product> byId, List<Product> ordered, List<Product> withSignals) {
        Snapshot(Map<String, Product> byId, List<Product> ordered) {
            this(byId, List.copyOf(ordered), ordered.stream().filter(p -> !p.interestSignals().isEmpty()).toList());
        }
    }

    private Product reload(String productId) {
        Product product = read(productId);
        refresh();
        return product;
    }
}
