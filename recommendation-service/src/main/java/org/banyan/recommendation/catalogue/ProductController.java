package org.banyan.recommendation.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.banyan.common.error.BanyanException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The catalogue API: everyone on the role matrix reads, ADMIN/ANALYST write. */
@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    private final Catalogue catalogue;

    ProductController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    ProductPage list(@RequestParam(required = false) ProductType type,
            @RequestParam(required = false) Product.Status status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<Product> matching = catalogue.list().stream()
                .filter(p -> type == null || p.type() == type)
                .filter(p -> status == null || p.status() == status)
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new ProductPage(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }

    @GetMapping("/{productId}")
    Product get(@PathVariable String productId) {
        return catalogue.read(productId);
    }

    @PostMapping
    ResponseEntity<Product> create(@Valid @RequestBody ProductRequest request) {
        Product created = catalogue.create(request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + created.productId())).body(created);
    }

    @PutMapping("/{productId}")
    Product replace(@PathVariable String productId, @Valid @RequestBody ProductRequest request) {
        if (!productId.equals(request.productId())) {
            throw BanyanException.invalid("productId in the body must equal the one in the path");
        }
        return catalogue.replace(request);
    }

    /** Retires the product: it stays readable for reports but is never offered again. */
    @DeleteMapping("/{productId}")
    ResponseEntity<Product> retire(@PathVariable String productId) {
        return ResponseEntity.status(HttpStatus.OK).body(catalogue.retire(productId));
    }

    record ProductPage(List<Product> items, int page, int size, long total) {
    }
}
