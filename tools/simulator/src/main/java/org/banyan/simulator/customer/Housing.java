package org.banyan.simulator.customer;

/** Housing status, the three categories of the German credit data (attribute 15). */
public enum Housing {
    OWN, RENT, FREE
}
