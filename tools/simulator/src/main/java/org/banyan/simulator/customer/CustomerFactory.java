package org.banyan.simulator.customer;

import org.banyan.common.event.payload.CustomerUpdated.Consent;
import org.banyan.common.event.payload.CustomerUpdated.Gender;
import org.banyan.common.event.payload.CustomerUpdated.MaritalStatus;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.core.Rng;
import org.banyan.simulator.core.SimCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates customer {@code index} as a pure function of the seed and the index, so a population can be
 * generated in parallel in any order. Only id de-duplication and fraud rings need the whole population
 * (see {@code Population}).
 */
public final class CustomerFactory {

    private static final long STREAM = 0xC057L;
    /** New-to-bank customers per month, as a share of the population: they join inside the window. */
    private static final double MONTHLY_GROWTH = 0.01;

    private final long seed;
    private final SimCalendar calendar;
    private final PersonaTables tables = new PersonaTables();
    private final TraitsFactory traitsFactory = new TraitsFactory(tables);
    private final double[][] cityByPersona;
    private final double[] migrantHometowns;

    public CustomerFactory(long seed, SimCalendar calendar) {
        this.seed = seed;
        this.calendar = calendar;
        this.cityByPersona = new double[Persona.values().length][];
        for (Persona p : Persona.values()) {
            cityByPersona[p.ordinal()] = cityWeights(p);
        }
        this.migrantHometowns = hometownWeights();
    }

    public Customer create(int index) {
        Rng rng = Rng.of(seed, STREAM, index);
        Persona persona = tables.persona(rng);
        int age = age(persona, rng);
        LocalDate birth = calendar.start().minusYears(age).minusDays(rng.nextInt(365));
        Gender gender = rng.chance(persona.maleShare()) ? Gender.MALE : Gender.FEMALE;
        City city = Cities.get(rng.pick(cityByPersona[persona.ordinal()]));
        City hukou = hukou(persona, city, rng);
        Occupation occupation = tables.occupation(persona, rng);
        Education education = education(persona, occupation, rng);
        MaritalStatus marital = marital(persona, age, rng);
        int dependents = dependents(persona, marital, age, rng);
        long income = income(occupation, age, city, rng);
        Demographics d = new Demographics(persona, age, occupation, education, marital, dependents, income, city);
        Traits traits = traitsFactory.create(d, rng);
        return assemble(index, d, birth, gender, hukou, traits, rng);
    }

    private Customer assemble(int index, Demographics d, LocalDate birth, Gender gender, City hukou, Traits traits,
            Rng rng) {
        boolean digital = traits.digitalActivity() > 0;
        boolean ios = rng.chance(d.city().tier() <= 2 && d.persona() != Persona.BLUE_COLLAR ? 0.45 : 0.25);
        String nationalId = NationalIds.of(hukou.regionCode(), birth,
                NationalIds.sequenceFor(gender == Gender.MALE, rng.nextInt(500)));
        return new Customer(index, Ids.customerId(index), d.persona(), birth, gender, d.city(), hukou,
                Addresses.of(d.city(), rng), d.occupation(), d.education(), d.marital(), d.dependents(), d.income(),
                kycLevel(d.persona(), rng), consent(d.persona(), digital, rng), joinDate(d.age(), rng), nationalId,
                Phones.of(seed, index), devices(index, digital, ios, rng), ios, riskTolerance(d, rng),
                payDay(d.occupation(), rng), employmentYears(d, rng), housing(d.persona(), d.age(), rng),
                traitsFactory.bureau(d, traits, rng), traits, null);
    }

    private static int age(Persona p, Rng rng) {
        double u = (rng.nextDouble() + rng.nextDouble()) / 2;
        if (p == Persona.RETIREE) {
            u = StrictMath.pow(rng.nextDouble(), 1.4);
        }
        return p.minAge() + (int) ((p.maxAge() - p.minAge() + 1) * u);
    }

    private City hukou(Persona persona, City city, Rng rng) {
        boolean mobile = persona == Persona.BLUE_COLLAR || persona == Persona.GIG_WORKER
                || persona == Persona.YOUNG_PROFESSIONAL || persona == Persona.STUDENT;
        double migrantShare = city.tier() <= 2 && mobile ? 0.55 : 0.12;
        return rng.chance(migrantShare) ? Cities.get(rng.pick(migrantHometowns)) : city;
    }

    private Education education(Persona persona, Occupation occupation, Rng rng) {
        Education e = tables.education(persona, rng);
        boolean professional = switch (occupation) {
            case SOFTWARE_ENGINEER, FINANCE_PROFESSIONAL, MEDICAL_STAFF, TEACHER, CIVIL_SERVANT, MANAGER -> true;
            default -> false;
        };
        if (professional && !e.isDegree()) {
            return rng.chance(0.3) ? Education.VOCATIONAL_COLLEGE : Education.BACHELOR;
        }
        boolean manual = switch (occupation) {
            case FACTORY_WORKER, CONSTRUCTION_WORKER, DELIVERY_RIDER, FARMER -> true;
            default -> false;
        };
        return manual && e.isDegree() ? Education.VOCATIONAL_COLLEGE : e;
    }

    private static MaritalStatus marital(Persona persona, int age, Rng rng) {
        double single = persona == Persona.FAMILY ? 0 : age < 25 ? 0.9 : age < 30 ? 0.55 : age < 35 ? 0.25
                : age < 50 ? 0.1 : 0.05;
        if (rng.chance(single)) {
            return MaritalStatus.SINGLE;
        }
        double widowed = age >= 75 ? 0.35 : age >= 65 ? 0.18 : 0.01;
        double u = rng.nextDouble();
        return u < widowed ? MaritalStatus.WIDOWED : u < widowed + 0.08 ? MaritalStatus.DIVORCED : MaritalStatus.MARRIED;
    }

    private static int dependents(Persona persona, MaritalStatus marital, int age, Rng rng) {
        if (persona == Persona.FAMILY) {
            return rng.chance(0.55) ? 1 : 2;
        }
        if (marital == MaritalStatus.SINGLE || age < 24 || age >= 60) {
            return rng.chance(0.04) ? 1 : 0;
        }
        return rng.chance(0.55) ? 1 : rng.chance(0.2) ? 2 : 0;
    }

    /** Log-normal income around the occupation median, scaled by city tier and a career curve. */
    private static long income(Occupation occupation, int age, City city, Rng rng) {
        if (occupation.medianIncome() == 0) {
            return 0;
        }
        double tier = switch (city.tier()) {
            case 1 -> 1.55;
            case 2 -> 1.2;
            case 3 -> 1.0;
            case 4 -> 0.85;
            default -> 0.72;
        };
        double career = 1.0;
        if (occupation.employment() != EmploymentType.STUDENT && occupation.employment() != EmploymentType.RETIRED) {
            double x = (age - 46) / 26.0;
            career = Math.max(0.55, Math.min(1.05, 0.62 + 0.43 * (1 - x * x)));
        }
        double monthly = rng.logNormal(occupation.medianIncome() * tier * career, 0.42);
        return Math.round(monthly / 10) * 1_000L;
    }

    private static int kycLevel(Persona persona, Rng rng) {
        double[] w = switch (persona) {
            case STUDENT, GIG_WORKER -> new double[] {0.30, 0.40, 0.30};
            case RETIREE -> new double[] {0.03, 0.12, 0.85};
            case MASS_AFFLUENT -> new double[] {0.02, 0.18, 0.80};
            default -> new double[] {0.15, 0.30, 0.55};
        };
        return 1 + rng.pick(Rng.cumulative(w));
    }

    private static Consent consent(Persona persona, boolean digital, Rng rng) {
        boolean young = persona == Persona.STUDENT || persona == Persona.YOUNG_PROFESSIONAL;
        return new Consent(rng.chance(young ? 0.45 : 0.35), rng.chance(0.6), digital && rng.chance(0.65),
                rng.chance(0.3));
    }

    private LocalDate joinDate(int age, Rng rng) {
        double inWindow = Math.min(0.3, MONTHLY_GROWTH * calendar.days() / 30.0);
        if (rng.chance(inWindow)) {
            return calendar.date(rng.nextInt(calendar.days()));
        }
        double maxYears = Math.max(0.1, Math.min(25, age - 16));
        double years = Math.min(maxYears, rng.exponential(6));
        return calendar.start().minusDays(Math.max(1, (long) (years * 365.25)));
    }

    private List<String> devices(int index, boolean digital, boolean ios, Rng rng) {
        List<String> ids = new ArrayList<>(2);
        if (digital) {
            ids.add(Devices.of(seed, index, 0, ios));
            if (rng.chance(0.15)) {
                ids.add(Devices.of(seed, index, 1, !ios && rng.chance(0.3)));
            }
        }
        return ids;
    }

    private static int riskTolerance(Demographics d, Rng rng) {
        int base = switch (d.persona()) {
            case RETIREE -> 1;
            case STUDENT, FAMILY, BLUE_COLLAR, GIG_WORKER -> 2;
            case YOUNG_PROFESSIONAL, SMALL_BUSINESS_OWNER -> 3;
            case MASS_AFFLUENT -> 4;
        };
        double u = rng.nextDouble();
        int shift = u < 0.3 ? -1 : u > 0.7 ? 1 : 0;
        return Math.max(1, Math.min(5, base + shift));
    }

    private static int payDay(Occupation occupation, Rng rng) {
        if (occupation.employment() != EmploymentType.SALARIED) {
            return -1;
        }
        int[] days = {10, 15, 25, 0};
        return days[rng.pick(Rng.cumulative(0.25, 0.25, 0.2, 0.3))];
    }

    /** Job tenure, exponential with a mean that grows with age: mostly short, a long tail of loyal staff. */
    private static double employmentYears(Demographics d, Rng rng) {
        EmploymentType t = d.occupation().employment();
        if (t != EmploymentType.SALARIED && t != EmploymentType.SELF_EMPLOYED && t != EmploymentType.GIG) {
            return 0;
        }
        double mean = 2 + 0.17 * Math.max(0, d.age() - 22);
        return Math.max(0.05, Math.min(d.age() - 17, rng.exponential(mean)));
    }

    private static Housing housing(Persona persona, int age, Rng rng) {
        double[] w = switch (persona) {
            case STUDENT -> new double[] {0.02, 0.2, 0.78};
            case YOUNG_PROFESSIONAL -> new double[] {0.35, 0.45, 0.2};
            case FAMILY -> new double[] {0.8, 0.15, 0.05};
            case MASS_AFFLUENT -> new double[] {0.95, 0.04, 0.01};
            case SMALL_BUSINESS_OWNER -> new double[] {0.7, 0.25, 0.05};
            case BLUE_COLLAR -> new double[] {0.35, 0.45, 0.2};
            case GIG_WORKER -> new double[] {0.3, 0.5, 0.2};
            case RETIREE -> new double[] {0.85, 0.05, 0.1};
        };
        return Housing.values()[rng.pick(Rng.cumulative(w))];
    }

    private static double[] cityWeights(Persona persona) {
        double[] w = new double[Cities.size()];
        for (City c : Cities.all()) {
            w[c.ordinal()] = c.weight() * persona.tierPreference(c.tier());
        }
        return Rng.cumulative(w);
    }

    private static double[] hometownWeights() {
        double[] w = new double[Cities.size()];
        for (City c : Cities.all()) {
            w[c.ordinal()] = c.tier() >= 3 ? c.weight() * (c.tier() - 2) : 0;
        }
        return Rng.cumulative(w);
    }
}
