package org.banyan.profile.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class CustomerRepository {

    private static final String COLUMNS = String.join(", ", BasicAttributes.CODES);
    private static final String PARAMS = BasicAttributes.CODES.stream().map(c -> ":" + c)
            .collect(Collectors.joining(", "));
    private static final String UPDATES = BasicAttributes.CODES.stream().map(c -> c + " = excluded." + c)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored customer, locked until the transaction ends so concurrent updates apply in turn. */
    Optional<StoredCustomer> findForUpdate(String customerId) {
        return jdbc.sql("SELECT profile_version, " + COLUMNS + " FROM customer WHERE customer_id = :id FOR UPDATE")
                .param("id", customerId)
                .query((rs, row) -> new StoredCustomer(rs.getLong("profile_version"), attributes(rs)))
                .optional();
    }

    void save(String customerId, long profileVersion, BasicAttributes attributes) {
        jdbc.sql("INSERT INTO customer (customer_id, profile_version, updated_at, " + COLUMNS + ") "
                        + "VALUES (:customerId, :profileVersion, now(), " + PARAMS + ") "
                        + "ON CONFLICT (customer_id) DO UPDATE SET profile_version = excluded.profile_version, "
                        + "updated_at = excluded.updated_at, " + UPDATES)
                .param("customerId", customerId)
                .param("profileVersion", profileVersion)
                .params(attributes.tags())
                .update();
    }

    private static BasicAttributes attributes(ResultSet rs) throws SQLException {
        Map<String, Object> tags = new HashMap<>();
        for (String code : BasicAttributes.CODES) {
            Object value = switch (rs.getMetaData().getColumnType(rs.findColumn(code))) {
                case java.sql.Types.DATE -> rs.getObject(code, LocalDate.class);
                case java.sql.Types.NUMERIC -> rs.getObject(code, BigDecimal.class);
                default -> rs.getObject(code);
            };
            tags.put(code, value);
        }
        return new BasicAttributes(tags);
    }

    record StoredCustomer(long profileVersion, BasicAttributes attributes) {
    }
}
