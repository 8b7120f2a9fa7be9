package org.banyan.simulator.customer;

import org.banyan.common.event.payload.CustomerUpdated.MaritalStatus;

/** The observable attributes hidden traits are derived from, bundled while a customer is being created. */
record Demographics(Persona persona, int age, Occupation occupation, Education education, MaritalStatus marital,
        int dependents, long income, City city) {
}
