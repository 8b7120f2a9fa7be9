package org.banyan.simulator.customer;

import org.banyan.common.event.payload.CustomerUpdated.Consent;
import org.banyan.common.event.payload.CustomerUpdated.Gender;
import org.banyan.common.event.payload.CustomerUpdated.MaritalStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A customer as core banking knows them, plus hidden {@link Traits}. Changes over the run (income, KYC,
 * consent, marriage) produce a new instance.
 *
 * @param payDay          day of month salary is paid (0 = last working day, -1 = not salaried)
 * @param employmentYears years in the current job or business (0 when not working)
 * @param riskTolerance   assessed wealth-suitability level, R1 (1) to R5 (5)
 * @param ringId          the application fraud ring the customer belongs to, or null
 */
public record Customer(int index, String id, Persona persona, LocalDate birthDate, Gender gender, City city,
        City hukouCity, String address, Occupation occupation, Education education, MaritalStatus maritalStatus,
        int dependents, long incomeCents, int kycLevel, Consent consent, LocalDate joinDate, String nationalId,
        String phone, List<String> deviceIds, boolean ios, int riskTolerance, int payDay, double employmentYears,
        Housing housing, Bureau bureau, Traits traits, String ringId) {

    public Customer {
        deviceIds = List.copyOf(deviceIds);
    }

    public int ageAt(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthDate, date);
    }

    public boolean salaried() {
        return occupation.employment() == EmploymentType.SALARIED;
    }

    public boolean hasMarketingConsent() {
        return consent.marketingSms() || consent.marketingPush() || consent.marketingEmail();
    }

    public Customer withIncome(long cents) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, address, occupation, education,
                maritalStatus, dependents, cents, kycLevel, consent, joinDate, nationalId, phone, deviceIds, ios,
                riskTolerance, payDay, employmentYears, housing, bureau, traits, ringId);
    }

    public Customer withKycLevel(int level) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, address, occupation, education,
                maritalStatus, dependents, incomeCents, level, consent, joinDate, nationalId, phone, deviceIds, ios,
                riskTolerance, payDay, employmentYears, housing, bureau, traits, ringId);
    }

    public Customer withConsent(Consent value) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, address, occupation, education,
                maritalStatus, dependents, incomeCents, kycLevel, value, joinDate, nationalId, phone, deviceIds, ios,
                riskTolerance, payDay, employmentYears, housing, bureau, traits, ringId);
    }

    public Customer withMaritalStatus(MaritalStatus value) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, address, occupation, education,
                value, dependents, incomeCents, kycLevel, consent, joinDate, nationalId, phone, deviceIds, ios,
                riskTolerance, payDay, employmentYears, housing, bureau, traits, ringId);
    }

    public Customer withNationalId(String value) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, address, occupation, education,
                maritalStatus, dependents, incomeCents, kycLevel, consent, joinDate, value, phone, deviceIds, ios,
                riskTolerance, payDay, employmentYears, housing, bureau, traits, ringId);
    }

    /** A fraud-ring identity: shares contact data with its ring, opened recently with light KYC. */
    public Customer asRingMember(String ring, String sharedPhone, List<String> devices, String sharedAddress,
            LocalDate joined, Traits riskier) {
        return new Customer(index, id, persona, birthDate, gender, city, hukouCity, sharedAddress, occupation,
                education, maritalStatus, dependents, incomeCents, 1, consent, joined, nationalId, sharedPhone, devices,
                ios, riskTolerance, payDay, employmentYears, housing, bureau, riskier, ring);
    }
}
