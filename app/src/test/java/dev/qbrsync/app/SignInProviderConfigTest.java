package dev.qbrsync.app;

import dev.qbrsync.core.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInProviderConfigTest {
    private static final String PUBLIC = "https://qbr.example.com";

    @Test
    void noProviderNoSignInThroughOne() {
        assertThat(SignInProviderConfig.from(Map.of(), PUBLIC)).isEmpty();
    }

    @Test
    void theReplacedSystemsAzureSettingsConfigureItAsTheyAre() {
        SignInProviderConfig config = SignInProviderConfig.from(Map.of(
                "QBR_AZURE_TENANT_ID", "0b7e6c1a-1111-2222-3333-444455556666",
                "QBR_AZURE_CLIENT_ID", "9f1c-client", "QBR_AZURE_CLIENT_SECRET", "azure-secret",
                "QBR_AUTHORIZED_USERS", "cfo@msp.example, controller@msp.example"), PUBLIC).orElseThrow();

        assertThat(config.provider().issuer()).isEqualTo(URI.create(
                "https://login.microsoftonline.com/0b7e6c1a-1111-2222-3333-444455556666/v2.0"));
        assertThat(config.provider().clientId()).isEqualTo("9f1c-client");
        assertThat(new String(config.provider().clientSecret())).isEqualTo("azure-secret");
        assertThat(config.provider().providerName()).isEqualTo("Microsoft");
        assertThat(config.provider().redirectUri()).isEqualTo(URI.create(PUBLIC + "/ui/sign-in/oidc/callback"));
        assertThat(config.people().roleOf("CFO@msp.example", Set.of())).contains(Role.VIEWER);
        assertThat(config.toString()).doesNotContain("azure-secret");
    }

    @Test
    void anyStandardProviderWithItsSecretInAFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "from-a-file\n");

        SignInProviderConfig config = SignInProviderConfig.from(Map.of(
                "QBR_OIDC_ISSUER", "https://accounts.google.com/", "QBR_OIDC_CLIENT_ID", "web-client",
                "QBR_OIDC_CLIENT_SECRET_FILE", secret.toString(), "QBR_AUTHORIZED_USERS", "a@b.example:admin",
                "QBR_OIDC_ROLES_FROM_CLAIMS", "true"), PUBLIC).orElseThrow();

        assertThat(config.provider().issuer()).isEqualTo(URI.create("https://accounts.google.com"));
        assertThat(config.provider().providerName()).isEqualTo("accounts.google.com");
        assertThat(new String(config.provider().clientSecret())).isEqualTo("from-a-file");
        assertThat(config.people().roleOf("x@y.example", Set.of("editor"))).contains(Role.EDITOR);
    }

    @Test
    void halfAConfigurationStopsTheStartNamingWhatIsMissing() {
        assertThatThrownBy(() -> SignInProviderConfig.from(Map.of("QBR_OIDC_ISSUER", "https://id.example"), PUBLIC))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("QBR_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> SignInProviderConfig.from(Map.of("QBR_OIDC_ISSUER", "http://id.example",
                "QBR_OIDC_CLIENT_ID", "c", "QBR_OIDC_CLIENT_SECRET", "s"), PUBLIC))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> SignInProviderConfig.from(Map.of("QBR_OIDC_ISSUER", "https://id.example",
                "QBR_OIDC_CLIENT_ID", "c", "QBR_OIDC_CLIENT_SECRET", "s", "QBR_AUTHORIZED_USERS", "anna"), PUBLIC))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("QBR_AUTHORIZED_USERS");
    }
}
