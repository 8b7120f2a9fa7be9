package org.banyan.profile.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Identity and personal data of customers; their tags live in the profile. */
@Repository
class CustomerRepository {

    private final JdbcClient jdbc;

    CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT =
            "SELECT national_id_enc AS national_id, phone_enc AS phone FROM customer WHERE customer_id = :id";

    Optional<PersonalData.Encrypted> findForUpdate(String customerId) {
        return jdbc.sql(SELECT + " FOR UPDATE").param("id", customerId).query(PersonalData.Encrypted.class).optional();
    }

    Optional<PersonalData.Encrypted> find(String customerId) {
        return jdbc.sql(SELECT).param("id", customerId).query(PersonalData.Encrypted.class).optional();
    }

    void save(String customerId, PersonalData.Encrypted personal) {
        jdbc.sql("""
                        INSERT INTO customer (customer_id, updated_at, national_id_enc, phone_enc)
                        VALUES (:id, now(), :nationalId, :phone)
                        ON CONFLICT (customer_id) DO UPDATE SET updated_at = excluded.updated_at,
                            national_id_enc = excluded.national_id_enc, phone_enc = excluded.phone_enc""")
                .param("id", customerId)
                .param("nationalId", personal.nationalId())
                .param("phone", personal.phone())
                .update();
    }

    boolean delete(String customerId) {
        return jdbc.sql("DELETE FROM customer WHERE customer_id = :id").param("id", customerId).update() > 0;
    }
}
