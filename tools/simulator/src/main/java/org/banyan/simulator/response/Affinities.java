package org.banyan.simulator.response;

import org.banyan.simulator.core.Ids;
import org.banyan.simulator.product.Product;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Hidden affinities read back from a run's {@code ground_truth/customers.csv}, indexed by customer
 * number (ids are C + 8 digits) in one flat array: a million customers fit in 64 MB.
 */
public final class Affinities {

    /** Used for products the simulator does not know and cannot map by prefix. */
    public static final double UNKNOWN_PRODUCT = 0.15;

    private final float[] values;
    private final int customers;

    private Affinities(float[] values, int customers) {
        this.values = values;
        this.customers = customers;
    }

    /** Reads from a run folder or directly from its ground-truth customers file. */
    public static Affinities load(Path runOrFile) throws IOException {
        Path file = Files.isDirectory(runOrFile) ? runOrFile.resolve("ground_truth/customers.csv") : runOrFile;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no ground truth at " + file + " (generate a population first)");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int[] columns = columns(in.readLine(), file);
            float[] values = new float[1 << 16];
            int max = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int index = Ids.customerIndex(f[0]);
                if (index < 0) {
                    continue;
                }
                int base = index * Product.count();
                if (base + Product.count() > values.length) {
                    values = Arrays.copyOf(values, Math.max(values.length * 2, base + Product.count()));
                }
                for (Product p : Product.values()) {
                    values[base + p.ordinal()] = columns[p.ordinal()] < 0 ? 0 : Float.parseFloat(f[columns[p.ordinal()]]);
                }
                max = Math.max(max, index + 1);
            }
            return new Affinities(values, max);
        }
    }

    private static int[] columns(String header, Path file) {
        if (header == null) {
            throw new IllegalArgumentException(file + " is empty");
        }
        String[] names = header.split(",", -1);
        int[] columns = new int[Product.count()];
        Arrays.fill(columns, -1);
        for (Product p : Product.values()) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(p.affinityColumn())) {
                    columns[p.ordinal()] = i;
                }
            }
        }
        return columns;
    }

    public int customers() {
        return customers;
    }

    public boolean knows(String customerId) {
        int index = Ids.customerIndex(customerId);
        return index >= 0 && index < customers;
    }

    /** Affinity of a customer for a product id; unknown ids are mapped by their prefix (CC-, PL-, WM-R3, ...). */
    public double of(String customerId, String productId) {
        int index = Ids.customerIndex(customerId);
        Product product = resolve(productId);
        if (index < 0 || index >= customers || product == null) {
            return UNKNOWN_PRODUCT;
        }
        return values[index * Product.count() + product.ordinal()];
    }

    static Product resolve(String productId) {
        if (productId == null) {
            return null;
        }
        String id = productId.toUpperCase(Locale.ROOT);
        return Product.byId(id).orElseGet(() -> byPrefix(id));
    }

    private static Product byPrefix(String id) {
        if (id.startsWith("WM-R") && id.length() > 4 && Character.isDigit(id.charAt(4))) {
            int level = id.charAt(4) - '0';
            return level >= 1 && level <= 5 ? Product.valueOf("WEALTH_R" + level) : null;
        }
        if (id.startsWith("CC-")) {
            return Product.CARD_CLASSIC;
        }
        if (id.startsWith("PL-")) {
            return Product.PERSONAL_LOAN;
        }
        if (id.startsWith("MTG-")) {
            return Product.MORTGAGE;
        }
        if (id.startsWith("INS-")) {
            return Product.INSURANCE_HEALTH;
        }
        if (id.startsWith("DEP-TIME") || id.startsWith("TD-")) {
            return Product.TIME_DEPOSIT;
        }
        return id.startsWith("DEP-") ? Product.SAVINGS : null;
    }
}
