package dev.qbrsync.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wiring the server writes nothing: what serving writes first (login, instance) is one step of its own, before it. */
class WiringTest {

    @Test
    void theServerIsNotWiredBeforeWhatServingWritesIsDone(@TempDir Path directory) {
        try (CompositionRoot root = new CompositionRoot(AppConfig.from(TestApp.environment(directory)),
                Clock.systemUTC())) {
            assertThatThrownBy(root::httpServer).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("prepareToServe");
            assertThat(root.administration().companyDirectory().loginOf(TestApp.USER))
                    .as("nothing adopted while constructing")
                    .isEmpty();

            root.prepareToServe();

            assertThat(root.administration().companyDirectory().loginOf(TestApp.USER)).isPresent();
            assertThat(root.httpServer()).isNotNull();
        }
    }
}
