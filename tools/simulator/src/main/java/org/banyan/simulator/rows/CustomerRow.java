package org.banyan.simulator.rows;

import org.banyan.simulator.customer.Customer;

/** The full current state of a customer: at the initial load, on joining, and after every change. */
public record CustomerRow(long at, int customer, int seq, Customer snapshot) implements Row {
}
