package com.partnerportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF (R12.1): where the production settings refuse to send a webhook, and why. */
class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(false);
    private final AddressPolicy development = new AddressPolicy(true);

    @ParameterizedTest
    @CsvSource({
        "https://127.0.0.1/hook, webhooks.url.private",
        "https://127.8.9.10/hook, webhooks.url.private",
        "https://localhost/hook, webhooks.url.private",
        "https://10.1.2.3/hook, webhooks.url.private",
        "https://172.16.0.1/hook, webhooks.url.private",
        "https://172.31.255.254/hook, webhooks.url.private",
        "https://192.168.1.1/hook, webhooks.url.private",
        "https://169.254.169.254/latest/meta-data, webhooks.url.private",
        "https://100.64.0.1/hook, webhooks.url.private",
        "https://0.0.0.0/hook, webhooks.url.private",
        "https://224.0.0.1/hook, webhooks.url.private",
        "https://255.255.255.255/hook, webhooks.url.private",
        "https://192.0.2.10/hook, webhooks.url.private",
        "https://[::1]/hook, webhooks.url.private",
        "https://[::]/hook, webhooks.url.private",
        "https://[fd00::1]/hook, webhooks.url.private",
        "https://[fc00::1]/hook, webhooks.url.private",
        "https://[fe80::1]/hook, webhooks.url.private",
        "https://[::ffff:127.0.0.1]/hook, webhooks.url.private",
        "https://[::ffff:10.0.0.1]/hook, webhooks.url.private",
        "https://[::ffff:169.254.169.254]/hook, webhooks.url.private",
        "https://[64:ff9b::a9fe:a9fe]/hook, webhooks.url.private",
        "https://[2002:7f00:1::1]/hook, webhooks.url.private",
        "https://[2001:db8::1]/hook, webhooks.url.private",
        "http://93.184.215.14/hook, webhooks.url.https",
        "http://127.0.0.1:8080/hook, webhooks.url.https",
        "ftp://93.184.215.14/hook, webhooks.url.https",
        "https://user:pass@93.184.215.14/hook, webhooks.url.invalid",
        "/relative/hook, webhooks.url.invalid",
        "https://exa mple.com/, webhooks.url.invalid",
        "https://no-such-host.invalid/hook, webhooks.url.unknownHost"
    })
    void productionRefuses(String url, String why) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class)
                .extracting(refused -> ((AddressPolicy.RefusedAddressException) refused).messageKey("webhooks.url"))
                .isEqualTo(why);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://93.184.215.14/hook",
                "https://[2606:4700:4700::1111]/hook",
                "https://8.8.8.8:8443/partners?source=portal"
            })
    void productionAcceptsPublicHttpsAddresses(String url) throws Exception {
        assertThat(production.check(url).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "10.0.0.1", "169.254.169.254", "fd12::3"})
    void aNameThatResolvesToAPrivateAddressAtConnectionTimeIsRefused(String address) throws Exception {
        // What the sender's resolver does at every connection: DNS rebinding finds no way in.
        InetAddress resolved = InetAddress.getByName(address);
        assertThatThrownBy(() -> production.checkAddresses("rebinding.example", new InetAddress[] {resolved}))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000/hook", "http://localhost:9000/hook"})
    void developmentMayAllowPlainHttpToThisMachineOnly(String url) throws Exception {
        assertThat(development.check(url)).isNotNull();
        assertThatThrownBy(() -> development.check("http://10.0.0.1/hook"))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class);
        assertThatThrownBy(() -> development.check("https://169.254.169.254/hook"))
                .isInstanceOf(AddressPolicy.RefusedAddressException.class);
    }
}
