package org.banyan.recommendation.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class ProductRepository {

    private static final TypeReference<List<InterestSignal>> SIGNALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ProductRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    List<Product> findAll() {
        return jdbc.sql("SELECT * FROM product ORDER BY product_id").query(this::product).list();
    }

    Optional<Product> find(String productId) {
        return jdbc.sql("SELECT * FROM product WHERE product_id = :id").param("id", productId)
                .query(this::product).optional();
    }

    /** Inserts a new product; false when the id is taken. */
    boolean insert(ProductRequest request, Instant now) {
        return jdbc.sql("""
                        INSERT INTO product (product_id, name, type, risk_level, min_age, max_age, min_monthly_income,
                            min_kyc_level, required_credit_grade, channels, valid_from, valid_until, status,
                            interest_signals, description, version, created_at, updated_at)
                        VALUES (:productId, :name, :type, :riskLevel, :minAge, :maxAge, :minIncome, :minKyc, :grade,
                            :channels, :validFrom, :validUntil, 'ACTIVE', CAST(:signals AS jsonb), :description, 1,
                            :now, :now)
                        ON CONFLICT (product_id) DO NOTHING""")
                .paramSource(params(request, now))
                .update() == 1;
    }

    /** Replaces a product's definition and bumps its version; false when it does not exist. */
    boolean update(ProductRequest request, Instant now) {
        return jdbc.sql("""
                        UPDATE product SET name = :name, type = :type, risk_level = :riskLevel, min_age = :minAge,
                            max_age = :maxAge, min_monthly_income = :minIncome, min_kyc_level = :minKyc,
                            required_credit_grade = :grade, channels = :channels, valid_from = :validFrom,
                            valid_until = :validUntil, interest_signals = CAST(:signals AS jsonb),
                            description = :description, status = 'ACTIVE', version = version + 1, updated_at = :now
                        WHERE product_id = :productId""")
                .paramSource(params(request, now))
                .update() == 1;
    }

    boolean retire(String productId, Instant now) {
        return jdbc.sql("""
                        UPDATE product SET status = 'RETIRED', version = version + 1, updated_at = :now
                        WHERE product_id = :id""")
                .param("id", productId).param("now", Timestamp.from(now)).update() == 1;
    }

    private ProductParams params(ProductRequest r, Instant now) {
        Eligibility e = r.eligibilityOrNone();
        return new ProductParams(r.productId(), r.name(), r.type().name(),
                r.riskLevel() == null ? null : r.riskLevel().rank(), e.minAge(), e.maxAge(), e.minMonthlyIncome(),
                e.minKycLevel(), e.requiredCreditGrade() == null ? null : e.requiredCreditGrade().name(),
                r.channels().stream().map(Enum::name).sorted().toArray(String[]::new),
                timestamp(r.validFrom()), timestamp(r.validUntil()), mapper.writeValueAsString(r.signalsOrNone()),
                r.description(), Timestamp.from(now));
    }

    private Product product(ResultSet rs, int row) throws SQLException {
        Integer risk = (Integer) rs.getObject("risk_level", Integer.class);
        String grade = rs.getString("required_credit_grade");
        Eligibility eligibility = new Eligibility(rs.getObject("min_age", Integer.class),
                rs.getObject("max_age", Integer.class), rs.getBigDecimal("min_monthly_income"),
                rs.getObject("min_kyc_level", Integer.class), grade == null ? null : CreditGrade.valueOf(grade));
        String[] channels = (String[]) rs.getArray("channels").getArray();
        return new Product(rs.getString("product_id"), rs.getString("name"), ProductType.valueOf(rs.getString("type")),
                risk == null ? null : RiskLevel.ofRank(risk), eligibility,
                Arrays.stream(channels).map(Channel::valueOf).collect(Collectors.toSet()),
                instant(rs, "valid_from"), instant(rs, "valid_until"), Product.Status.valueOf(rs.getString("status")),
                mapper.readValue(rs.getString("interest_signals"), SIGNALS), rs.getString("description"),
                rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Named parameters of an insert or update, read by JdbcClient as bean properties. */
    record ProductParams(String productId, String name, String type, Integer riskLevel, Integer minAge,
            Integer maxAge, java.math.BigDecimal minIncome, Integer minKyc, String grade, String[] channels,
            Timestamp validFrom, Timestamp validUntil, String signals, String description, Timestamp now) {
    }
}
