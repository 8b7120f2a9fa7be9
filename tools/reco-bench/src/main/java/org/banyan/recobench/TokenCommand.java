package org.banyan.recobench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** Prints a bearer token for the given roles, signed with the service's HMAC secret (for curl). */
@Command(name = "token", description = "Print a bearer token for roles")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--secret", required = true)
    String secret;
    @Parameters(arity = "1..*", description = "roles, e.g. ADMIN BATCH")
    List<String> roles;

    @Override
    public Integer call() {
        System.out.println(new Service("http://unused", secret).token(roles.toArray(String[]::new)));
        return 0;
    }
}
