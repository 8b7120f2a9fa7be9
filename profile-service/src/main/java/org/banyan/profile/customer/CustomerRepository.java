package org.banyan.profile.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    private static final String SELECT = "SELECT customer_id, profile_version, updated_at, national_id_enc, phone_enc, "
            + COLUMNS + " FROM customer WHERE customer_id = :id";

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCustomer> find(String customerId) {
        return jdbc.sql(SELECT).param("id", customerId).query(CustomerRepository::stored).optional();
    }

    /** The stored customer, locked until the transaction ends so concurrent updates apply in turn. */
    Optional<StoredCustomer> findForUpdate(String customerId) {
        return jdbc.sql(SELECT + " FOR UPDATE").param("id", customerId).query(CustomerRepository::stored).optional();
    }

    void save(String customerId, long profileVersion, BasicAttributes attributes, PersonalData.Encrypted personal) {
        jdbc.sql("INSERT INTO customer (customer_id, profile_version, updated_at, national_id_enc, phone_enc, "
                        + COLUMNS + ") VALUES (:customerId, :profileVersion, now(), :nationalId, :phone, " + PARAMS
                        + ") ON CONFLICT (customer_id) DO UPDATE SET profile_version = excluded.profile_version, "
                        + "updated_at = excluded.updated_at, national_id_enc = excluded.national_id_enc, "
                        + "phone_enc = excluded.phone_enc, " + UPDATES)
                .param("customerId", customerId)
                .param("profileVersion", profileVersion)
                .param("nationalId", personal.nationalId())
                .param("phone", personal.phone())
                .params(attributes.tags())
                .update();
    }

    private static StoredCustomer stored(ResultSet rs, int row) throws SQLException {
        return new StoredCustomer(rs.getString("customer_id"), rs.getLong("profile_version"),
                rs.getObject("updated_at", OffsetDateTime.class), attributes(rs),
                new PersonalData.Encrypted(rs.getString("national_id_enc"), rs.getString("phone_enc")));
    }

    private static BasicAttributes attributes(ResultSet rs) throws SQLException {
        Map<String, Object> tags = new HashMap<>();
        for (String code : BasicAttributes.CODES) {
            Object value = switch (rs.getMetaData().getColumnType(rs.findColumn(code))) {
                case Types.DATE -> rs.getObject(code, LocalDate.class);
                case Types.NUMERIC -> rs.getObject(code, BigDecimal.class);
                default -> rs.getObject(code);
            };
            tags.put(code, value);
        }
        return new BasicAttributes(tags);
    }

    record StoredCustomer(String customerId, long profileVersion, OffsetDateTime updatedAt,
            BasicAttributes attributes, PersonalData.Encrypted personalData) {
    }
}
