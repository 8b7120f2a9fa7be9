package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Each application's Dockerfile packages its jar into a JRE 25 image that runs unprivileged. */
class DockerfileTest {

    static List<Application> applications() {
        return Application.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void copiesTheModulesJarIntoAJava25RuntimeImage(Application app) {
        // given the module's Dockerfile
        String dockerfile = dockerfile(app);

        // then it starts from the Temurin 25 JRE and copies target/<module>.jar
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:25-jre\\s*$");
        assertThat(dockerfile).containsPattern("(?m)^COPY .*target/" + Pattern.quote(app.name()) + "\\.jar ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void exposesThePortTheApplicationListensOn(Application app) {
        // given the module's Dockerfile
        String dockerfile = dockerfile(app);

        // then EXPOSE is the application's server port
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + app.serverPort() + "\\s*$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void runsAsTheUnprivilegedUserKubernetesExpects(Application app) {
        // given the USER the image runs as
        Matcher user = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?\\s*$").matcher(dockerfile(app));

        // then it is numeric, not root, and the uid the Kubernetes Deployment runs as
        assertThat(user.find()).as("%s: numeric USER line", app).isTrue();
        int uid = Integer.parseInt(user.group(1));
        assertThat(uid).isPositive();
        Object runAsUser = Repository.at(KubernetesBaseTest.deployment(app), "spec", "template", "spec",
                "securityContext", "runAsUser");
        assertThat(runAsUser).as("%s: k8s runAsUser", app).isEqualTo(uid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void sizesTheHeapFromTheContainerLimitAndAllowsNativeAccess(Application app) {
        // given the JVM options baked into the image
        Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile(app));

        // then the heap follows the memory limit and Netty/xgboost4j may use native access
        assertThat(options.find()).as("%s: JAVA_TOOL_OPTIONS", app).isTrue();
        assertThat(options.group(1)).contains("-XX:MaxRAMPercentage=").contains("--enable-native-access=ALL-UNNAMED");
    }

    private static String dockerfile(Application app) {
        return Repository.read(app.name() + "/Dockerfile");
    }
}
