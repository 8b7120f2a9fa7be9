package org.banyan.credit.bureau;

/**
 * A credit bureau: what other lenders report about a customer. The platform ships a simulated one
 * (fed by the simulator); a real bureau's client implements this interface and replaces it
 * ({@code banyan.credit.bureau.provider}). Implementations answer within their own deadline and
 * report {@link BureauReport#unavailable()} rather than fail a decision.
 */
public interface CreditBureau {

    BureauReport report(String customerId);
}
